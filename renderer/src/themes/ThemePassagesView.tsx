import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceSummary, ThemeView } from '../../../shared/api/types';
import { placeText } from '../i18n/placeText';
import { useQuery } from '../api/useQuery';
import { useWriters } from '../sync/useWriters';
import { ThemeEditor } from './ThemeEditor';
import { whereAndWhen } from '../library/sourceLine';
import './themes.css';

interface Props {
  theme: ThemeView;
  themes: ThemeView[];
  sources: SourceSummary[];
  /** Only this source's passages, when the view was opened from a matrix cell. */
  sourceId: string | null;
  /** The theme's editor is open above its passages. */
  editing: boolean;
  onEditing: (editing: boolean) => void;
  onError: (message: string) => void;
  /** The theme was merged away or deleted. */
  onGone: () => void;
  version: number;
  onOpenSource: (sourceId: string, passageStart: number | null) => void;
}

/** Every passage tagged with a theme (its sub-themes included), grouped by source. */
export function ThemePassagesView({
  theme,
  themes,
  sources,
  sourceId,
  editing,
  onEditing,
  onError,
  onGone,
  version,
  onOpenSource,
}: Props) {
  const { t } = useTranslation();
  const groups = useQuery('themePassages', { themeId: theme.id }, version).value;
  const writers = useWriters(version);
  const [writer, setWriter] = useState('');
  // Only writers who tagged something here are offered.
  const present = [
    ...new Set((groups ?? []).flatMap((g) => g.highlights.flatMap((h) => h.writer ?? []))),
  ];
  const shown = (groups ?? [])
    .filter((g) => sourceId === null || g.sourceId === sourceId)
    .map((g) => ({
      ...g,
      highlights: g.highlights.filter((h) => !writer || h.writer === writer),
    }))
    .filter((g) => g.highlights.length > 0);

  return (
    <main
      className="pane reader theme-view"
      aria-label={t('Passages tagged {{theme}}', { theme: theme.name })}
    >
      <div className="reader-page">
        <div className="theme-view-head">
          <h1 className="reader-title">
            <span className="swatch large" style={{ background: theme.color }} aria-hidden="true" />{' '}
            {theme.name}
          </h1>
          <button type="button" aria-expanded={editing} onClick={() => onEditing(!editing)}>
            {editing ? t('Done') : t('Edit theme')}
          </button>
        </div>
        {editing ? (
          // Keyed by theme: another theme's editor starts from that theme's values.
          <ThemeEditor
            key={theme.id}
            theme={theme}
            themes={themes}
            onError={onError}
            onGone={onGone}
          />
        ) : (
          theme.description && <p className="muted">{theme.description}</p>
        )}
        {present.length > 1 && (
          <label className="writer-filter">
            {t('Tagged by')}{' '}
            <select value={writer} onChange={(e) => setWriter(e.target.value)}>
              <option value="">{t('any writer')}</option>
              {present.map((key) => (
                <option key={key} value={key}>
                  {writers[key] ?? t('a writer')}
                </option>
              ))}
            </select>
          </label>
        )}
        {groups !== null && shown.length === 0 && (
          <p className="muted">
            {t('No passages are tagged {{theme}} yet.', { theme: theme.name })}
          </p>
        )}
        {shown.map((group) => (
          <section key={group.sourceId} className="theme-group" aria-label={group.sourceTitle}>
            <h2>{group.sourceTitle}</h2>
            <SourceLine summary={sources.find((s) => s.id === group.sourceId)} />
            {group.highlights.map((h) => (
              <figure key={h.id} className="theme-quote">
                <blockquote style={{ borderLeftColor: theme.color }}>
                  <button
                    type="button"
                    className="quote-link"
                    onClick={() => onOpenSource(group.sourceId, h.start)}
                  >
                    {h.quote}
                  </button>
                  {h.place && <span className="quote-place"> ({placeText(t, h.place)})</span>}
                </blockquote>
                {(h.note || (h.writer && writers[h.writer])) && (
                  <figcaption>
                    {h.note}
                    {h.writer && writers[h.writer] && (
                      <span className="muted">
                        {' '}
                        — {t('tagged by {{writer}}', { writer: writers[h.writer] })}
                      </span>
                    )}
                  </figcaption>
                )}
              </figure>
            ))}
          </section>
        ))}
      </div>
    </main>
  );
}

/** Where and when a source appeared, under its title: "Reuters · 2022-01-06". */
function SourceLine({ summary }: { summary: SourceSummary | undefined }) {
  const line = whereAndWhen(summary);
  return line ? <p className="theme-group-source muted">{line}</p> : null;
}
