import type { SourceSummary } from '../../../shared/api/types';

export interface FilterChoice {
  source: string | null;
  type: string | null;
}

export const NO_FILTERS: FilterChoice = { source: null, type: null };

interface Props {
  sources: SourceSummary[];
  value: FilterChoice;
  onChange: (next: FilterChoice) => void;
}

/** Narrows a search to one source or one type; a set filter shows as a chip that removes it. */
export function SearchFilters({ sources, value, onChange }: Props) {
  const types = [...new Set(sources.map((s) => s.type))].sort();
  const sourceTitle = sources.find((s) => s.id === value.source)?.title;
  return (
    <div className="search-filters" role="group" aria-label="Search filters">
      {value.source === null ? (
        <select
          aria-label="Filter by source"
          value=""
          onChange={(e) => onChange({ ...value, source: e.target.value || null })}
        >
          <option value="">Any source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      ) : (
        <Chip
          label={`Source: ${sourceTitle ?? value.source}`}
          onRemove={() => onChange({ ...value, source: null })}
        />
      )}
      {value.type === null ? (
        <select
          aria-label="Filter by type"
          value=""
          onChange={(e) => onChange({ ...value, type: e.target.value || null })}
        >
          <option value="">Any type</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      ) : (
        <Chip label={`Type: ${value.type}`} onRemove={() => onChange({ ...value, type: null })} />
      )}
    </div>
  );
}

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <span className="chip">
      <span className="chip-label">{label}</span>
      <button
        type="button"
        className="chip-remove"
        aria-label={`Remove filter ${label}`}
        onClick={onRemove}
      >
        ×
      </button>
    </span>
  );
}
