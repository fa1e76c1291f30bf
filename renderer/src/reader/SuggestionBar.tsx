import { useState } from 'react';
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
  const [all, setAll] = useState(false);
  const theme = (id: string) => themes.find((t) => t.id === id);
  const { shown, more } = offeredSuggestions(suggestions, all);
  return (
    <div className="suggestions" role="group" aria-label="Suggested themes">
      {shown.map((s) => {
        const t = theme(s.themeId);
        if (!t) return null;
        return (
          <span className="suggestion" key={s.themeId}>
            <span className="swatch" style={{ background: t.color }} aria-hidden="true" />
            {t.name}? <span className="muted">“{s.cue}”</span>
            <button
              type="button"
              className="link"
              aria-label={`Accept ${t.name} suggestion`}
              onClick={() => onAccept(s)}
            >
              Accept
            </button>
            <button
              type="button"
              className="link"
              aria-label={`Dismiss ${t.name} suggestion`}
              onClick={() => onDismiss(s)}
            >
              Dismiss
            </button>
          </span>
        );
      })}
      {more > 0 && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {shown.length + more}
        </button>
      )}
    </div>
  );
}
