import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import type { HighlightView, ThemeView } from '../../../shared/api/types';
import { copyAndSay } from '../cite/copyRich';
import { useAnchoredPosition } from './useAnchoredPosition';

interface Props {
  highlights: HighlightView[];
  themes: ThemeView[];
  /** The highlighted words it belongs to: it stands beside them and follows them. */
  anchor: HTMLElement;
  onSetThemes: (id: string, themeIds: string[]) => void;
  onSetNote: (id: string, note: string) => void;
  onDelete: (id: string) => void;
  /** Copies the highlighted words with their citation; answers what was copied. */
  onCite: (highlight: HighlightView) => Promise<string>;
  /** A shared library's writers' names by key, to say who tagged each highlight. */
  writers?: Record<string, string>;
  /** Copies a Pandoc marker for a Markdown draft ("[@key, para. 3]"); answers what was copied. */
  onCopyMarker: (highlight: HighlightView) => Promise<string>;
  onClose: () => void;
}

/**
 * What a click on highlighted words opens: each highlight there, its themes, note, citation and
 * delete. It takes the focus, and gives it back to the words when Escape or a click elsewhere
 * closes it.
 */
export function HighlightPopover({
  highlights,
  themes,
  anchor,
  onSetThemes,
  onSetNote,
  onDelete,
  onCite,
  onCopyMarker,
  writers = {},
  onClose,
}: Props) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const firstId = highlights[0]?.id ?? '';
  const position = useAnchoredPosition(anchor, panel, () =>
    document.querySelector<HTMLElement>(`[data-highlights~="${CSS.escape(firstId)}"]`),
  );

  // Focused once it is placed: a hidden panel cannot take the focus.
  const placed = position !== null;
  useEffect(() => {
    if (placed) panel.current?.focus();
  }, [placed]);

  useEffect(() => {
    const close = () => {
      onClose();
      if (anchor.isConnected) anchor.focus({ preventScroll: true });
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !anchor.contains(target)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [anchor, onClose]);

  return (
    <div
      ref={panel}
      className="highlight-popover"
      role="dialog"
      aria-label={t('Highlight')}
      tabIndex={-1}
      style={position ?? { visibility: 'hidden', left: 0, top: 0 }}
    >
      {highlights.map((h) => (
        <HighlightEditor
          key={h.id}
          highlight={h}
          themes={themes}
          onSetThemes={onSetThemes}
          onSetNote={onSetNote}
          onDelete={onDelete}
          onCite={onCite}
          onCopyMarker={onCopyMarker}
          writers={writers}
        />
      ))}
      <button type="button" className="link close" onClick={onClose}>
        {t('Close')}
      </button>
    </div>
  );
}

function HighlightEditor({
  highlight,
  themes,
  onSetThemes,
  onSetNote,
  onDelete,
  onCite,
  onCopyMarker,
  writers = {},
}: Omit<Props, 'highlights' | 'anchor' | 'onClose'> & { highlight: HighlightView }) {
  const { t } = useTranslation();
  const [note, setNote] = useState(highlight.note);
  const [copied, setCopied] = useState<string | null>(null);
  const copyQuote = async () =>
    setCopied(
      await copyAndSay(() => navigator.clipboard.writeText(highlight.quote), t('Quote copied')),
    );
  const toggle = (themeId: string) => {
    const next = highlight.themeIds.includes(themeId)
      ? highlight.themeIds.filter((id) => id !== themeId)
      : [...highlight.themeIds, themeId];
    if (next.length > 0) onSetThemes(highlight.id, next);
  };
  return (
    <section
      className="highlight-editor"
      aria-label={t('Highlight “{{quote}}”', { quote: highlight.quote.slice(0, 40) })}
    >
      <blockquote>
        {highlight.quote.length > 160 ? `${highlight.quote.slice(0, 157)}…` : highlight.quote}
      </blockquote>
      {highlight.writer && writers[highlight.writer] && (
        <p className="muted">
          {t('Tagged by {{writer}}', { writer: writers[highlight.writer] })}
          {highlight.signature === 'verified' && (
            <span title={t("Signed with this writer's key, and unchanged since")}>
              {' '}
              · {t('signed ✓')}
            </span>
          )}
          {highlight.signature === 'unverified' && (
            <span
              className="signature-unverified"
              title={t(
                'Changed since this writer signed it (by another writer, or on this machine and not yet synced), or signed with a key this library does not know for them',
              )}
            >
              {' '}
              · {t('not as signed')}
            </span>
          )}
        </p>
      )}
      <fieldset>
        <legend>{t('Themes')}</legend>
        {themes.map((theme) => (
          <label key={theme.id} className="theme-check">
            <input
              type="checkbox"
              checked={highlight.themeIds.includes(theme.id)}
              onChange={() => toggle(theme.id)}
            />
            <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
            {theme.name}
          </label>
        ))}
      </fieldset>
      <label className="note-field">
        {t('Note')}
        <textarea
          value={note}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== highlight.note && onSetNote(highlight.id, note)}
        />
      </label>
      <div className="highlight-actions">
        <button
          type="button"
          disabled={highlight.orphaned}
          onClick={() => void onCite(highlight).then(setCopied)}
        >
          {t('Cite')}
        </button>
        <button
          type="button"
          disabled={highlight.orphaned}
          title={t(
            'For a Markdown or Word draft that Dossier renders: dossier render, or drop the draft on the Bibliography',
          )}
          onClick={() => void onCopyMarker(highlight).then(setCopied)}
        >
          {t('Copy [@key]')}
        </button>
        <button type="button" onClick={() => void copyQuote()}>
          {t('Copy quote')}
        </button>
        <button type="button" className="danger" onClick={() => onDelete(highlight.id)}>
          {t('Delete highlight')}
        </button>
      </div>
      {copied && (
        <p className="muted" role="status">
          {copied}
        </p>
      )}
    </section>
  );
}
