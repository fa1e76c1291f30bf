import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../../shared/api/types';

interface Props {
  themes: ThemeView[];
  at: { x: number; y: number };
  onTag: (themeId: string) => void;
  onClose: () => void;
}

/** Appears at a selection in the reader (or at the pointer for the context menu). */
export function SelectionToolbar({ themes, at, onTag, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('Tag selection')}
      style={{ left: at.x, top: at.y }}
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {themes.map((theme, i) => (
        <button
          type="button"
          key={theme.id}
          className="theme-button"
          title={
            i < 9
              ? t('Tag as {{theme}} ({{key}})', { theme: theme.name, key: i + 1 })
              : t('Tag as {{theme}}', { theme: theme.name })
          }
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
