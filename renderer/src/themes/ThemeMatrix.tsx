import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/useQuery';

interface Props {
  version: number;
  onOpenCell: (themeId: string, sourceId: string) => void;
}

/** Sources × themes with counts; a cell opens its passages. */
export function ThemeMatrix({ version, onOpenCell }: Props) {
  const { t } = useTranslation();
  const matrix = useQuery('themeMatrix', {}, version).value;
  if (!matrix) return <main className="pane reader" aria-label={t('Theme matrix')} />;

  return (
    <main className="pane reader matrix-view" aria-label={t('Theme matrix')}>
      <h1 className="reader-title">{t('Sources and themes')}</h1>
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col">{t('Source')}</th>
            {matrix.themes.map((theme) => (
              <th scope="col" key={theme.id}>
                <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />{' '}
                {theme.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.sources.map((s, r) => (
            <tr key={s.id}>
              <th scope="row">{s.title}</th>
              {matrix.themes.map((theme, c) => {
                const count = matrix.counts[r]![c]!;
                return (
                  <td key={theme.id}>
                    {count > 0 ? (
                      <button
                        type="button"
                        className="cell"
                        style={{
                          backgroundColor: `${theme.color}${Math.min(255, 40 + count * 40)
                            .toString(16)
                            .padStart(2, '0')}`,
                        }}
                        aria-label={t('{{count}} {{theme}} in {{source}}', {
                          count,
                          theme: theme.name,
                          source: s.title,
                        })}
                        onClick={() => onOpenCell(theme.id, s.id)}
                      >
                        {count}
                      </button>
                    ) : (
                      <span
                        className="muted"
                        aria-label={t('no {{theme}} in {{source}}', {
                          theme: theme.name,
                          source: s.title,
                        })}
                      >
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
