import { Component, type ReactNode } from 'react';
// A class component cannot use the hook; the window redraws on a change of language anyway.
import { t } from '../i18n/i18n';

interface Props {
  /** What the view is, for the message ("The reader"). */
  name: string;
  /** When this changes (another source chosen), the view tries again. */
  resetKey?: unknown;
  /** A control in the toolbar: its failure is said in one line in its own place. */
  inline?: boolean;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * A view that fails to draw shows what went wrong in its own place; the rest of the window
 * (the library, the other panes, the writer's unsaved typing elsewhere) keeps working.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error): void {
    console.error(`[dossier] ${this.props.name} failed to draw:`, error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.inline)
      return (
        <span
          className="view-failed-inline"
          role="alert"
          aria-label={t('{{view}} failed', { view: this.props.name })}
        >
          {t('{{view}} failed ({{reason}})', { view: this.props.name, reason: error.message })}{' '}
          <button type="button" className="link" onClick={() => this.setState({ error: null })}>
            {t('Try again')}
          </button>
        </span>
      );
    return (
      <section
        className="pane view-failed"
        role="alert"
        aria-label={t('{{view}} failed', { view: this.props.name })}
      >
        <h2>{t('{{view}} could not be shown', { view: this.props.name })}</h2>
        <p>{error.message}</p>
        <p className="muted">
          {t('Nothing in the library was changed. Choose another source, or try again.')}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('Try again')}
        </button>
      </section>
    );
  }
}
