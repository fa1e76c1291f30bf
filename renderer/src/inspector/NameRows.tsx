import { useTranslation } from 'react-i18next';
import type { NameRow } from '../../../shared/model/metadataForm';

const EMPTY: NameRow = { kind: 'person', family: '', given: '', literal: '' };

/** Authors or translators: each a person (family, given) or one name (an organisation, a handle). */
export function NameRows({
  label,
  addLabel,
  rows,
  onChange,
}: {
  label: string;
  /** The button that adds one more ('Add author'). */
  addLabel: string;
  rows: NameRow[];
  onChange: (rows: NameRow[]) => void;
}) {
  const { t } = useTranslation();
  const update = (i: number, row: Partial<NameRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <fieldset className="name-rows">
      <legend>{label}</legend>
      {rows.map((row, i) => (
        <div className="name-row" key={i}>
          <select
            aria-label={t('{{list}} {{n}}: kind', { list: label, n: i + 1 })}
            value={row.kind}
            onChange={(e) => update(i, { kind: e.target.value as NameRow['kind'] })}
          >
            <option value="person">{t('Person')}</option>
            <option value="literal">{t('Organisation or handle')}</option>
          </select>
          {row.kind === 'person' ? (
            <>
              <input
                aria-label={t('{{list}} {{n}}: family name', { list: label, n: i + 1 })}
                placeholder={t('Family name')}
                value={row.family}
                onChange={(e) => update(i, { family: e.target.value })}
              />
              <input
                aria-label={t('{{list}} {{n}}: given names', { list: label, n: i + 1 })}
                placeholder={t('Given names')}
                value={row.given}
                onChange={(e) => update(i, { given: e.target.value })}
              />
            </>
          ) : (
            <input
              aria-label={t('{{list}} {{n}}: name', { list: label, n: i + 1 })}
              placeholder={t('Name as printed')}
              value={row.literal}
              onChange={(e) => update(i, { literal: e.target.value })}
            />
          )}
          <button
            type="button"
            className="link"
            aria-label={t('Remove {{list}} {{n}}', { list: label, n: i + 1 })}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('Remove')}
          </button>
        </div>
      ))}
      <button type="button" className="link" onClick={() => onChange([...rows, EMPTY])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
