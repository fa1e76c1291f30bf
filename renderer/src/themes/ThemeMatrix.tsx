import { useEffect, useState } from 'react';
import type { ThemeMatrixView } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';

interface Props {
  version: number;
  onOpenCell: (themeId: string, sourceId: string) => void;
}

/** Sources × themes with counts; a cell opens its passages. */
export function ThemeMatrix({ version, onOpenCell }: Props) {
  const api = useApi();
  const [matrix, setMatrix] = useState<ThemeMatrixView | null>(null);
  useEffect(() => {
    let current = true;
    void api.themeMatrix({}).then((r) => current && r.ok && setMatrix(r.value));
    return () => {
      current = false;
    };
  }, [api, version]);
  if (!matrix) return <main className="pane reader" aria-label="Theme matrix" />;

  return (
    <main className="pane reader matrix-view" aria-label="Theme matrix">
      <h1 className="reader-title">Sources and themes</h1>
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col">Source</th>
            {matrix.themes.map((t) => (
              <th scope="col" key={t.id}>
                <span className="swatch" style={{ background: t.color }} aria-hidden="true" />{' '}
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.sources.map((s, r) => (
            <tr key={s.id}>
              <th scope="row">{s.title}</th>
              {matrix.themes.map((t, c) => {
                const count = matrix.counts[r]![c]!;
                return (
                  <td key={t.id}>
                    {count > 0 ? (
                      <button
                        type="button"
                        className="cell"
                        style={{
                          backgroundColor: `${t.color}${Math.min(255, 40 + count * 40)
                            .toString(16)
                            .padStart(2, '0')}`,
                        }}
                        aria-label={`${count} ${t.name} in ${s.title}`}
                        onClick={() => onOpenCell(t.id, s.id)}
                      >
                        {count}
                      </button>
                    ) : (
                      <span className="muted" aria-label={`no ${t.name} in ${s.title}`}>
                        ·
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
