import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ThemeView } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { ThemeRow } from './ThemeRow';
import { reportingRun } from '../common/reportingRun';

interface Props {
  themes: ThemeView[];
  onError: (message: string) => void;
  onOpenTheme: (themeId: string) => void;
  onEditTheme: (themeId: string) => void;
  /** A new library that has not chosen how its codebook starts. */
  pending: boolean;
  /** The codebook as a whole: start, files, cue packs and rules. */
  onOpenCodebook: () => void;
}

/** Themes in their nesting order: each followed by its sub-themes. */
function nested(themes: ThemeView[]): { theme: ThemeView; depth: number }[] {
  const out: { theme: ThemeView; depth: number }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const theme of themes.filter((t) => t.parentId === parentId)) {
      out.push({ theme, depth });
      visit(theme.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

export function CodebookPane({
  themes,
  onError,
  onOpenTheme,
  onEditTheme,
  pending,
  onOpenCodebook,
}: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState('');
  const run = reportingRun(onError);

  return (
    <section className="codebook" aria-label={t('Codebook')}>
      {pending && (
        <div className="codebook-ask">
          <p>
            {t('A new library: start with these four general themes, an empty codebook or a file?')}
          </p>
          <button type="button" onClick={onOpenCodebook}>
            {t('Choose how to start…')}
          </button>
        </div>
      )}
      <ul className="theme-list">
        {nested(themes).map(({ theme, depth }) => (
          <ThemeRow
            key={theme.id}
            theme={theme}
            depth={depth}
            run={run}
            onOpen={onOpenTheme}
            onEdit={onEditTheme}
          />
        ))}
      </ul>
      <form
        className="add-theme"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim())
            void run(api.createTheme({ name })).then((added) => added && setName(''));
        }}
      >
        <input
          aria-label={t('New theme name')}
          placeholder={t('New theme…')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit">{t('Add theme')}</button>
      </form>
      <button type="button" className="link" onClick={onOpenCodebook}>
        {t('Codebook files, cue packs and rules…')}
      </button>
    </section>
  );
}
