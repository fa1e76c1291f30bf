import type { ThemeView } from '../../../shared/api/types';

interface Props {
  themes: ThemeView[];
  at: { x: number; y: number };
  onTag: (themeId: string) => void;
  onClose: () => void;
}

/** Appears at a selection in the reader (or at the pointer for the context menu). */
export function SelectionToolbar({ themes, at, onTag, onClose }: Props) {
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Tag selection"
      style={{ left: at.x, top: at.y }}
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {themes.map((theme, i) => (
        <button
          type="button"
          key={theme.id}
          className="theme-button"
          title={i < 9 ? `Tag as ${theme.name} (${i + 1})` : `Tag as ${theme.name}`}
          onClick={() => onTag(theme.id)}
        >
          <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
          {i < 9 && <kbd aria-hidden="true">{i + 1}</kbd>}
          {theme.name}
        </button>
      ))}
    </div>
  );
}
