import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ThemeView } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { ThemeSelect } from '../codebook/ThemeSelect';
import { reportingRun } from '../common/reportingRun';

interface Props {
  theme: ThemeView;
  themes: ThemeView[];
  onError: (message: string) => void;
  /** The theme was merged into another or deleted: its view has nothing left to show. */
  onGone: () => void;
}

/** Cue words as the writer types them: one per line (a comma also separates). */
export const readCues = (text: string) =>
  text
    .split(/[\n,]/)
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * A theme's name, description, place in the codebook and cue words, edited in the main pane: the
 * general themes carry 15–26 cues each, which a one-line field in the sidebar could not show.
 */
export function ThemeEditor({ theme, themes, onError, onGone }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(theme.name);
  const [description, setDescription] = useState(theme.description);
  const [confirming, setConfirming] = useState(false);
  const others = themes.filter((other) => other.id !== theme.id);
  const run = reportingRun(onError);

  return (
    <section className="theme-editor" aria-label={t('Edit {{theme}}', { theme: theme.name })}>
      <label>
        {t('Name')}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() =>
            name.trim() && name !== theme.name && void run(api.updateTheme({ id: theme.id, name }))
          }
        />
      </label>
      <label>
        {t('Description')}
        <textarea
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() =>
            description !== theme.description &&
            void run(api.updateTheme({ id: theme.id, description }))
          }
        />
      </label>
      <div className="theme-editor-row">
        <ThemeSelect
          label={t('Nested under')}
          themes={others}
          value={theme.parentId ?? ''}
          none={t('(top level)')}
          onChange={(parentId) =>
            void run(api.updateTheme({ id: theme.id, parentId: parentId || null }))
          }
        />
        <ThemeSelect
          label={t('Merge into')}
          themes={others}
          value=""
          none={t('Choose a theme…')}
          onChange={(intoId) =>
            intoId &&
            void run(api.mergeThemes({ fromId: theme.id, intoId })).then((ok) => ok && onGone())
          }
        />
      </div>
      <label>
        {t('Cue words for suggestions, one per line')}
        <textarea
          className="cue-words"
          rows={Math.min(14, Math.max(4, theme.cues.length + 1))}
          defaultValue={theme.cues.join('\n')}
          onBlur={(e) => {
            const cues = readCues(e.target.value);
            if (cues.join('\n') !== theme.cues.join('\n'))
              void run(api.updateTheme({ id: theme.id, cues }));
          }}
        />
      </label>
      {confirming ? (
        <div
          role="alertdialog"
          aria-label={t('Delete {{theme}}?', { theme: theme.name })}
          className="confirm"
        >
          <p>
            {t(
              'Delete “{{theme}}”? {{count}} highlights lose this theme; those with no other theme are removed. Undo brings them back.',
              { theme: theme.name, count: theme.highlightCount },
            )}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => void run(api.deleteTheme({ id: theme.id })).then((ok) => ok && onGone())}
          >
            {t('Delete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('Cancel')}
          </button>
        </div>
      ) : (
        <div>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('Delete theme…')}
          </button>
        </div>
      )}
    </section>
  );
}
