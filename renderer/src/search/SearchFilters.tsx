import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const types = [...new Set(sources.map((s) => s.type))].sort();
  return (
    <div className="search-filters" role="group" aria-label={t('Search filters')}>
      <Filter
        label={t('Theme')}
        filterLabel={t('Filter by theme')}
        anyLabel={t('Any theme')}
        options={themes.map((theme) => ({ value: theme.id, label: theme.name }))}
        chosen={value.theme}
        onChoose={(theme) => onChange({ ...value, theme })}
      />
      <Filter
        label={t('Source')}
        filterLabel={t('Filter by source')}
        anyLabel={t('Any source')}
        options={sources.map((s) => ({ value: s.id, label: s.title }))}
        chosen={value.source}
        onChoose={(source) => onChange({ ...value, source })}
      />
      <Filter
        label={t('Type')}
        filterLabel={t('Filter by type')}
        anyLabel={t('Any type')}
        options={types.map((type) => ({ value: type, label: kindLabel(type) }))}
        chosen={value.type}
        onChoose={(type) => onChange({ ...value, type })}
      />
      <Filter
        label={t('Date')}
        filterLabel={t('Filter by date')}
        anyLabel={t('Any date')}
        options={dateOptions(sources)}
        chosen={value.date}
        onChoose={(date) => onChange({ ...value, date })}
      />
    </div>
  );
}

interface FilterProps {
  /** What the filter narrows by ("Theme"), shown on its chip. */
  label: string;
  /** The list's name for a screen reader ("Filter by theme"). */
  filterLabel: string;
  anyLabel: string;
  options: { value: string; label: string }[];
  chosen: string | null;
  onChoose: (value: string | null) => void;
}

function Filter({ label: what, filterLabel, anyLabel, options, chosen, onChoose }: FilterProps) {
  const { t } = useTranslation();
  if (chosen === null) {
    return (
      <select aria-label={filterLabel} value="" onChange={(e) => onChoose(e.target.value || null)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const label = `${what}: ${options.find((o) => o.value === chosen)?.label ?? chosen}`;
  return (
    <span className="chip">
      <span className="chip-label">{label}</span>
      <button
        type="button"
        className="chip-remove"
        aria-label={t('Remove filter {{filter}}', { filter: label })}
        onClick={() => onChoose(null)}
      >
        ×
      </button>
    </span>
  );
}
