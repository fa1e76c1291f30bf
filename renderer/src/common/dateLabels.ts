import { windowLocale } from '../i18n/i18n';

const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/**
 * "January 2022" for a year and a month a source's details give, whatever they say: a date the
 * calendar cannot hold (year 1, written "1-01"; month 13) is shown as written, never thrown
 * (an exception here once blanked the whole window at every search).
 */
export function monthLabel(year: string, month: string): string {
  const y = Number(year);
  const m = Number(month);
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) return `${year}-${month}`;
  // Date.UTC reads years 0–99 as 1900–1999; the year is set on its own.
  const date = new Date(Date.UTC(2000, m - 1, 1));
  date.setUTCFullYear(y);
  try {
    return Number.isNaN(date.getTime())
      ? `${year}-${month}`
      : new Intl.DateTimeFormat(windowLocale(), MONTH).format(date);
  } catch {
    return `${year}-${month}`;
  }
}

const MOMENT_FORMATS = {
  moment: { dateStyle: 'medium', timeStyle: 'short' },
  day: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A moment Dossier recorded (an import, a sync, a pairing) in the writer's locale: "5 Dec 2026,
 * 22:15". A value the calendar cannot hold (a damaged or hand-edited record) is shown as written,
 * never as "Invalid Date" and never thrown.
 */
export function momentLabel(iso: string, form: keyof typeof MOMENT_FORMATS = 'moment'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(windowLocale(), MOMENT_FORMATS[form]).format(date);
  } catch {
    return iso;
  }
}
