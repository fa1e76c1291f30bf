import { useTranslation } from 'react-i18next';
import { decimal } from '../i18n/numberFormat';
import { useState } from 'react';
import { useQuery } from '../api/useQuery';

const fixed = (n: number | null) => (n === null ? '—' : decimal(n, 2));

/**
 * How far two writers' tagging agrees, theme by theme (share of passage decisions, Cohen's κ,
 * Krippendorff's α), and the passages where one tagged and the other did not, each opening in
 * the reader.
 */
export function AgreementView({
  version,
  onOpenPassage,
}: {
  version: number;
  onOpenPassage: (sourceId: string, passageId: string) => void;
}) {
  const [pair, setPair] = useState<{ first: string; second: string } | null>(null);
  // The pair shown stays while another pair's figures are read.
  const { value: view, error } = useQuery('agreement', pair ?? {}, version, {
    keepWhileAsking: true,
  });
  const { t } = useTranslation();
  const choose = (which: 'first' | 'second', key: string) =>
    view && setPair({ first: view.first, second: view.second, [which]: key });

  return (
    <main className="pane reader agreement-view" aria-label={t('Agreement')}>
      <div className="reader-page">
        <h1 className="reader-title">{t('Agreement between writers')}</h1>
        {error && <p className="muted">{error}</p>}
        {view && (
          <>
            <div className="bibliography-controls">
              {(['first', 'second'] as const).map((which) => (
                <label key={which}>
                  {which === 'first' ? t('Writer') : t('and')}{' '}
                  <select value={view[which]} onChange={(e) => choose(which, e.target.value)}>
                    {view.writers.map((w) => (
                      <option key={w.key} value={w.key}>
                        {w.name} ({w.highlights})
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <p className="muted">
              {t(
                'Each passage of a source both tagged in is one decision per theme: tagged or not.',
              )}
            </p>
            <table className="agreement-table">
              <thead>
                <tr>
                  <th scope="col">{t('Theme')}</th>
                  <th scope="col">{t('Agree')}</th>
                  <th scope="col">{t('Cohen’s κ')}</th>
                  <th scope="col">{t('Krippendorff’s α')}</th>
                  <th scope="col">{t('Passages')}</th>
                </tr>
              </thead>
              <tbody>
                {view.themes.map((theme) => (
                  <tr key={theme.themeId}>
                    <th scope="row">
                      <span
                        className="swatch"
                        style={{ background: theme.color }}
                        aria-hidden="true"
                      />{' '}
                      {theme.name}
                    </th>
                    <td>{theme.units ? `${decimal(theme.percent, 1)} %` : '—'}</td>
                    <td>{fixed(theme.kappa)}</td>
                    <td>{fixed(theme.alpha)}</td>
                    <td>{theme.units}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {view.themes
              .filter((theme) => theme.disagreements.length)
              .map((theme) => (
                <section
                  key={theme.themeId}
                  aria-label={t('Disagreements on {{theme}}', { theme: theme.name })}
                >
                  <h2>{t('Where they differ on {{theme}}', { theme: theme.name })}</h2>
                  <ul className="disagreement-list">
                    {theme.disagreements.map((d) => (
                      <li key={`${d.passageId}`}>
                        <button
                          type="button"
                          className="quote-link"
                          onClick={() => onOpenPassage(d.sourceId, d.passageId)}
                        >
                          {d.sourceTitle}, ¶{d.number}
                        </button>{' '}
                        — {t('tagged by {{writer}} only:', { writer: d.by })} <q>{d.text}</q>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
          </>
        )}
      </div>
    </main>
  );
}
