import type { SourceSummary } from '../../../shared/api/types';
import { monthLabel } from '../common/dateLabels';

/** The years, and the months within them, that the library's dated sources were published in. */
export function dateOptions(sources: readonly SourceSummary[]): { value: string; label: string }[] {
  const years = new Map<string, Set<string>>();
  for (const s of sources) {
    if (!s.date) continue;
    const [year, month] = s.date.split('-');
    const months = years.get(year!) ?? new Set<string>();
    if (month) months.add(`${year}-${month}`);
    years.set(year!, months);
  }
  return [...years.keys()]
    .sort((a, b) => b.localeCompare(a))
    .flatMap((year) => [
      { value: year, label: year },
      ...[...years.get(year)!].sort().map((ym) => ({
        value: ym,
        label: monthLabel(year, ym.slice(year.length + 1)),
      })),
    ]);
}
