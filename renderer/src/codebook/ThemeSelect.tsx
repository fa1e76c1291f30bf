import type { ThemeView } from '../../../shared/api/types';

interface Props {
  label: string;
  themes: ThemeView[];
  value: string;
  /** The first option: what choosing no theme means here. */
  none: string;
  onChange: (themeId: string) => void;
}

export function ThemeSelect({ label, themes, value, none, onChange }: Props) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {themes.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}
