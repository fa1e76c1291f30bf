import {
  builtinStyleNames,
  builtinStyles,
  type BuiltinStyle,
} from '../../../shared/cite/citationStyles';

export function StyleSelect({
  value,
  onChange,
}: {
  value: BuiltinStyle;
  onChange: (style: BuiltinStyle) => void;
}) {
  return (
    <label>
      Style{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as BuiltinStyle)}>
        {builtinStyleNames.map((s) => (
          <option key={s} value={s}>
            {builtinStyles[s].label}
          </option>
        ))}
      </select>
    </label>
  );
}
