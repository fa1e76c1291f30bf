import { datelineDate } from './datelineDate';
import { dateParts } from './personName';

/**
 * A date as pages declare and print it: ISO ("2019-11-19T21:10:29Z"), compact ("20191119"),
 * by month name in any order meta tags and JSON-LD use ("19 Nov 2019 07:09 GMT", "Mon, 18 Nov
 * 2019 16:07:38 -0600", "01:38:07 PM IST Nov 20, 2019", "November 20th, 2019"), or dotted
 * ("25.09.2018"). Slashed day-or-month forms ("02/03/2019") say nothing sure and are not read.
 */
export function readPageDate(raw: string): number[] | null {
  const text = raw.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return datelineDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  if (/^\d{4}(?:$|[-/.]\d)/.test(text)) return dateParts(text);
  return datelineDate(text);
}

/**
 * Whether a date can be a publication's: not before the year 1000 (a "0001-01-01" is a site's
 * empty value) and not more than a year after today.
 */
export function plausibleDate(parts: readonly number[], today: Date): boolean {
  const [year, month = 1, day = 1] = parts;
  if (year === undefined || year < 1000) return false;
  const latest = Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate());
  return Date.UTC(year, month - 1, day) <= latest;
}

/**
 * The first of a page's dates, in the order they are trusted, that reads as a date a work can
 * have; those that read but cannot be (year 1, next century) are set aside, to be told.
 */
export function firstPlausibleDate(
  candidates: readonly (string | null | undefined)[],
  today: Date,
): { parts: number[] | null; setAside: string[] } {
  const setAside: string[] = [];
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    const parts = readPageDate(candidate);
    if (!parts) continue;
    if (plausibleDate(parts, today)) return { parts, setAside };
    setAside.push(candidate.trim());
  }
  return { parts: null, setAside };
}
