/** A span of days as yyyymmdd numbers, both ends included. */
export interface DateSpan {
  from: number;
  to: number;
}

const PARTIAL = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

function bound(text: string, end: boolean): number | null {
  const match = PARTIAL.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : end ? 12 : 1;
  const day = match[3] ? Number(match[3]) : end ? 31 : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return year * 10000 + month * 100 + day;
}

/**
 * `2022`, `2022-01`, `2022-01-05`, `2021..2022`, `2022-01..2022-02`, `..2021` or `2022..` as the
 * days it covers; null when it is not a date.
 */
export function parseDateRange(value: string): DateSpan | null {
  const [start, end, ...rest] = value.split('..');
  if (rest.length) return null;
  if (end === undefined) {
    const from = bound(start!, false);
    const to = bound(start!, true);
    return from === null || to === null ? null : { from, to };
  }
  const from = start!.trim() ? bound(start!, false) : 0;
  const to = end.trim() ? bound(end, true) : 99_999_999;
  if (from === null || to === null || (start!.trim() === '' && end.trim() === '')) return null;
  return from <= to ? { from, to } : null;
}

/** The days a CSL date covers: a year is all of it, a month all its days. */
export function spanOfDate(parts: readonly unknown[] | undefined): DateSpan | null {
  if (!parts?.length) return null;
  const text = parts
    .map(Number)
    .filter((n) => Number.isFinite(n))
    .join('-');
  return parseDateRange(text);
}

export function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}
