import { kindLabel } from '../library/kindLabel';
import { dateOptions } from './dateOptions';
import type { SourceSummary, ThemeView } from '../../../shared/api/types';
import type { FilterChoice } from './filterChoice';

export { NO_FILTERS, type FilterChoice } from './filterChoice';

interface Props {
  sources: SourceSummary[];
  themes: ThemeView[];
  value: FilterChoice;
  onChange: (next: FilterChoice) => void;
}

/** Narrows a search to a theme, a source, a type or a date; a set filter shows as a chip that removes it. */
export function SearchFilters({ sources, themes, value, onChange }: Props) {
  const types = [...new Set(sources.map((s) => s.type))].sort();
  return (
    <div className="search-filters" role="group" aria-label="Search filters">
      <Filter
        name="theme"
        anyLabel="Any theme"
        options={themes.map((t) => ({ value: t.id, label: t.name }))}
        chosen={value.theme}
        onChoose={(theme) => onChange({ ...value, theme })}
      />
      <Filter
        name="source"
        anyLabel="Any source"
        options={sources.map((s) => ({ value: s.id, label: s.title }))}
        chosen={value.source}
        onChoose={(source) => onChange({ ...value, source })}
      />
      <Filter
        name="type"
        anyLabel="Any type"
        options={types.map((t) => ({ value: t, label: kindLabel(t) }))}
        chosen={value.type}
        onChoose={(type) => onChange({ ...value, type })}
      />
      <Filter
        name="date"
        anyLabel="Any date"
        options={dateOptions(sources)}
        chosen={value.date}
        onChoose={(date) => onChange({ ...value, date })}
      />
    </div>
  );
}

interface FilterProps {
  name: string;
  anyLabel: string;
  options: { value: string; label: string }[];
  chosen: string | null;
  onChoose: (value: string | null) => void;
}

function Filter({ name, anyLabel, options, chosen, onChoose }: FilterProps) {
  if (chosen === null) {
    return (
      <select
        aria-label={`Filter by ${name}`}
        value=""
        onChange={(e) => onChoose(e.target.value || null)}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const label = `${name[0]!.toUpperCase()}${name.slice(1)}: ${options.find((o) => o.value === chosen)?.label ?? chosen}`;
  return (
    <span className="chip">
      <span className="chip-label">{label}</span>
      <button
        type="button"
        className="chip-remove"
        aria-label={`Remove filter ${label}`}
        onClick={() => onChoose(null)}
      >
        ×
      </button>
    </span>
  );
}
