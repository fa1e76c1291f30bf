import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../../shared/api/types';
import type { Result } from '../../../shared/api/errors';
import { useApi } from '../api/ApiContext';

interface Props {
  theme: ThemeView;
  depth: number;
  run: (call: Promise<Result<unknown>>) => Promise<boolean>;
  onOpen: (themeId: string) => void;
  /** Open the theme with its editor: name, description, nesting and cue words. */
  onEdit: (themeId: string) => void;
}

export function ThemeRow({ theme, depth, run, onOpen, onEdit }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <li className="theme-row" style={{ paddingLeft: depth * 16 }}>
      <div className="theme-head">
        <input
          type="color"
          aria-label={t('Colour of {{theme}}', { theme: theme.name })}
          value={theme.color}
          onChange={(e) => void run(api.updateTheme({ id: theme.id, color: e.target.value }))}
        />
        <button
          type="button"
          className="theme-name link"
          onClick={() => onOpen(theme.id)}
          aria-label={t('Show passages tagged {{theme}}', { theme: theme.name })}
        >
          {theme.name}
        </button>
        <span
          className="count"
          aria-label={t('{{count}} highlights', { count: theme.highlightCount })}
        >
          {theme.highlightCount}
        </span>
        <button
          type="button"
          className="link"
          aria-label={t('Edit {{theme}}', { theme: theme.name })}
          onClick={() => onEdit(theme.id)}
        >
          {t('Edit')}
        </button>
      </div>
      {theme.description && <p className="theme-description">{theme.description}</p>}
    </li>
  );
}
