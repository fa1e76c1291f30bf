import { useTranslation } from 'react-i18next';
import type { BriefFigure } from '../../../shared/api/types';
import type { FigureEdit } from '../../../shared/model/brief';

interface Props {
  figures: BriefFigure[];
  dropped: BriefFigure[];
  edits: Record<string, FigureEdit>;
  onChange: (edits: Record<string, FigureEdit>) => void;
}

/** The figures table's rows: the writer corrects what a figure counts, drops it, or puts it back. */
export function FiguresEditor({ figures, dropped, edits, onChange }: Props) {
  const { t } = useTranslation();
  const set = (id: string, edit: FigureEdit | null) => {
    const next = { ...edits };
    if (edit) next[id] = edit;
    else delete next[id];
    onChange(next);
  };
  if (!figures.length && !dropped.length)
    return <p className="muted">{t('No figures in the quoted passages.')}</p>;
  return (
    <table className="figures-editor" aria-label={t('Figures')}>
      <thead>
        <tr>
          <th>{t('Figure')}</th>
          <th>{t('Counts')}</th>
          <th>{t('Source')}</th>
          <th>
            <span className="visually-hidden">{t('Drop or put back')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.id}>
            <td>{f.value}</td>
            <td>
              <input
                aria-label={t('What {{figure}} counts', { figure: f.value })}
                defaultValue={f.counts}
                onBlur={(e) => {
                  const counts = e.target.value.trim();
                  if (counts && counts !== f.counts) set(f.id, { ...edits[f.id], counts });
                }}
              />
            </td>
            <td>
              <span className="figure-source" title={f.sourceTitle}>
                {f.sourceTitle}
              </span>
            </td>
            <td>
              <button
                type="button"
                className="link"
                onClick={() => set(f.id, { ...edits[f.id], dropped: true })}
              >
                {t('Drop')}
              </button>
            </td>
          </tr>
        ))}
        {dropped.map((f) => (
          <tr key={f.id} className="dropped">
            <td>
              <s>{f.value}</s>
            </td>
            <td>{f.counts}</td>
            <td>
              <span className="figure-source" title={f.sourceTitle}>
                {f.sourceTitle}
              </span>
            </td>
            <td>
              <button
                type="button"
                className="link"
                onClick={() => {
                  const { dropped: _dropped, ...rest } = edits[f.id] ?? {};
                  set(f.id, Object.keys(rest).length ? rest : null);
                }}
              >
                {t('Put back')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
