import type { NameRow } from '../../../shared/model/metadataForm';

const EMPTY: NameRow = { kind: 'person', family: '', given: '', literal: '' };

/** Authors or translators: each a person (family, given) or one name (an organisation, a handle). */
export function NameRows({
  label,
  rows,
  onChange,
}: {
  label: string;
  rows: NameRow[];
  onChange: (rows: NameRow[]) => void;
}) {
  const update = (i: number, row: Partial<NameRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <fieldset className="name-rows">
      <legend>{label}</legend>
      {rows.map((row, i) => (
        <div className="name-row" key={i}>
          <select
            aria-label={`${label} ${i + 1}: kind`}
            value={row.kind}
            onChange={(e) => update(i, { kind: e.target.value as NameRow['kind'] })}
          >
            <option value="person">Person</option>
            <option value="literal">Organisation or handle</option>
          </select>
          {row.kind === 'person' ? (
            <>
              <input
                aria-label={`${label} ${i + 1}: family name`}
                placeholder="Family name"
                value={row.family}
                onChange={(e) => update(i, { family: e.target.value })}
              />
              <input
                aria-label={`${label} ${i + 1}: given names`}
                placeholder="Given names"
                value={row.given}
                onChange={(e) => update(i, { given: e.target.value })}
              />
            </>
          ) : (
            <input
              aria-label={`${label} ${i + 1}: name`}
              placeholder="Name as printed"
              value={row.literal}
              onChange={(e) => update(i, { literal: e.target.value })}
            />
          )}
          <button
            type="button"
            className="link"
            aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="link" onClick={() => onChange([...rows, EMPTY])}>
        Add {label.toLowerCase().replace(/s$/, '')}
      </button>
    </fieldset>
  );
}
