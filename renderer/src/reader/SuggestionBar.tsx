import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionView, ThemeView } from '../../../shared/api/types';
import { offeredSuggestions } from '../../../shared/themes/suggestionOrder';

interface Props {
  suggestions: SuggestionView[];
  themes: ThemeView[];
  onAccept: (s: SuggestionView) => void;
  onDismiss: (s: SuggestionView) => void;
}

/**
 * Themes a passage's words suggest, strongest first, a few at a time; nothing is tagged until
 * the writer accepts.
 */
export function SuggestionBar({ suggestions, themes, onAccept, onDismiss }: Props) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const themeOf = (id: string) => themes.find((theme) => theme.id === id);
  const { shown, more } = offeredSuggestions(suggestions, all);
  return (
    <div className="suggestions" role="group" aria-label={t('Suggested themes')}>
      {shown.map((s) => {
        const theme = themeOf(s.themeId);
        if (!theme) return null;
        return (
          <span className="suggestion" key={s.themeId}>
            <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
            {theme.name}? <span className="muted">“{s.cue}”</span>
            <button
              type="button"
              className="link"
              aria-label={t('Accept {{theme}} suggestion', { theme: theme.name })}
              onClick={() => onAccept(s)}
            >
              {t('Accept')}
            </button>
            <button
              type="button"
              className="link"
              aria-label={t('Dismiss {{theme}} suggestion', { theme: theme.name })}
              onClick={() => onDismiss(s)}
            >
              {t('Dismiss')}
            </button>
          </span>
        );
      })}
      {more > 0 && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          {t('Show all {{count}}', { count: shown.length + more })}
        </button>
      )}
    </div>
  );
}
