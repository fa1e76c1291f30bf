import { useEffect, useState } from 'react';
import type { AgreementView as Agreement } from '../../../shared/api/syncTypes';
import { useApi } from '../api/ApiContext';

const fixed = (n: number | null) => (n === null ? '—' : n.toFixed(2));

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
  const api = useApi();
  const [pair, setPair] = useState<{ first: string; second: string } | null>(null);
  const [view, setView] = useState<Agreement | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.agreement(pair ?? {}).then((r) => {
      if (!live) return;
      if (r.ok) setView(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, version, pair]);
  const choose = (which: 'first' | 'second', key: string) =>
    view && setPair({ first: view.first, second: view.second, [which]: key });

  return (
    <main className="pane reader agreement-view" aria-label="Agreement">
      <div className="reader-page">
        <h1 className="reader-title">Agreement between writers</h1>
        {error && <p className="muted">{error}</p>}
        {view && (
          <>
            <div className="bibliography-controls">
              {(['first', 'second'] as const).map((which) => (
                <label key={which}>
                  {which === 'first' ? 'Writer' : 'and'}{' '}
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
              Each passage of a source both tagged in is one decision per theme: tagged or not.
            </p>
            <table className="agreement-table">
              <thead>
                <tr>
                  <th scope="col">Theme</th>
                  <th scope="col">Agree</th>
                  <th scope="col">Cohen’s κ</th>
                  <th scope="col">Krippendorff’s α</th>
                  <th scope="col">Passages</th>
                </tr>
              </thead>
              <tbody>
                {view.themes.map((t) => (
                  <tr key={t.themeId}>
                    <th scope="row">
                      <span className="swatch" style={{ background: t.color }} aria-hidden="true" />{' '}
                      {t.name}
                    </th>
                    <td>{t.units ? `${t.percent.toFixed(1)} %` : '—'}</td>
                    <td>{fixed(t.kappa)}</td>
                    <td>{fixed(t.alpha)}</td>
                    <td>{t.units}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {view.themes
              .filter((t) => t.disagreements.length)
              .map((t) => (
                <section key={t.themeId} aria-label={`Disagreements on ${t.name}`}>
                  <h2>Where they differ on {t.name}</h2>
                  <ul className="disagreement-list">
                    {t.disagreements.map((d) => (
                      <li key={`${d.passageId}`}>
                        <button
                          type="button"
                          className="quote-link"
                          onClick={() => onOpenPassage(d.sourceId, d.passageId)}
                        >
                          {d.sourceTitle}, ¶{d.number}
                        </button>{' '}
                        — tagged by {d.by} only: <q>{d.text}</q>
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
