import { useState } from 'react';
import type { HighlightView, ThemeView } from '../../../shared/api/types';

interface Props {
  highlights: HighlightView[];
  themes: ThemeView[];
  at: { x: number; y: number };
  onSetThemes: (id: string, themeIds: string[]) => void;
  onSetNote: (id: string, note: string) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
}

/** What a click on highlighted words opens: each highlight there, its themes, note and delete. */
export function HighlightPopover({
  highlights,
  themes,
  at,
  onSetThemes,
  onSetNote,
  onDelete,
  onClose,
}: Props) {
  return (
    <div
      className="highlight-popover"
      role="dialog"
      aria-label="Highlight"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {highlights.map((h) => (
        <HighlightEditor
          key={h.id}
          highlight={h}
          themes={themes}
          onSetThemes={onSetThemes}
          onSetNote={onSetNote}
          onDelete={onDelete}
        />
      ))}
      <button type="button" className="link close" onClick={onClose}>
        Close
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
}: Omit<Props, 'highlights' | 'at' | 'onClose'> & { highlight: HighlightView }) {
  const [note, setNote] = useState(highlight.note);
  const toggle = (themeId: string) => {
    const next = highlight.themeIds.includes(themeId)
      ? highlight.themeIds.filter((t) => t !== themeId)
      : [...highlight.themeIds, themeId];
    if (next.length > 0) onSetThemes(highlight.id, next);
  };
  return (
    <section
      className="highlight-editor"
      aria-label={`Highlight “${highlight.quote.slice(0, 40)}”`}
    >
      <blockquote>
        {highlight.quote.length > 160 ? `${highlight.quote.slice(0, 157)}…` : highlight.quote}
      </blockquote>
      <fieldset>
        <legend>Themes</legend>
        {themes.map((t) => (
          <label key={t.id} className="theme-check">
            <input
              type="checkbox"
              checked={highlight.themeIds.includes(t.id)}
              onChange={() => toggle(t.id)}
            />
            <span className="swatch" style={{ background: t.color }} aria-hidden="true" />
            {t.name}
          </label>
        ))}
      </fieldset>
      <label className="note-field">
        Note
        <textarea
          value={note}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== highlight.note && onSetNote(highlight.id, note)}
        />
      </label>
      <button type="button" className="danger" onClick={() => onDelete(highlight.id)}>
        Delete highlight
      </button>
    </section>
  );
}
