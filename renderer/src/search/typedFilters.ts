import type { ThemeView } from '../../../shared/api/types';
import type { FilterChoice } from './filterChoice';

/**
 * A filter typed in the field ("theme:casualties ", "type:comment ", "date:2022-01 "), once
 * the writer has finished it with a space, becomes the chip the filter menus would have made:
 * the field and the menus never say two different things.
 */
export function takeTypedFilters(
  query: string,
  filters: FilterChoice,
  themes: readonly ThemeView[],
  types: readonly string[],
): { query: string; filters: FilterChoice } {
  let next = filters;
  const rest = query.replace(
    /(^|\s)(theme|type|date):(\S+)(?=\s)/giu,
    (whole, _space: string, field: string, value: string) => {
      const key = field.toLowerCase() as 'theme' | 'type' | 'date';
      if (next[key] !== null) return whole;
      const resolved =
        key === 'theme'
          ? themes.find(
              (t) =>
                t.id === value || t.name.toLowerCase().replace(/\s+/g, '-') === value.toLowerCase(),
            )?.id
          : key === 'type'
            ? types.find((t) => t === value.toLowerCase())
            : /^\d{4}(?:-\d{2})?$/u.test(value)
              ? value
              : undefined;
      if (!resolved) return whole;
      next = { ...next, [key]: resolved };
      // The token goes with the space before it; the one after it stays.
      return '';
    },
  );
  return next === filters
    ? { query, filters }
    : { query: rest.replace(/^\s+/u, ''), filters: next };
}
