/**
 * The date a page's dateline states ("24 July 2015", "March 13, 2015 9:00PM", "JAN. 13, 2017",
 * "Thu 3 Jan 2019 02.00 EST", "2017-01-13", "08.04.2015 12:46", "30 avril 2015"), as CSL date
 * parts. Only unambiguous forms: a month by name, a year first, or day.month.year with dots
 * (never written month first); "02/03/2019" could be either and is not read.
 */

// Month names and their common short forms, in the languages the importers meet most.
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'januar', 'enero', 'janeiro', 'gennaio'],
  ['february', 'feb', 'février', 'fevrier', 'februar', 'febrero', 'fevereiro', 'febbraio'],
  ['march', 'mar', 'mars', 'märz', 'marzo', 'março'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'junho', 'giugno'],
  ['july', 'jul', 'juillet', 'juli', 'julio', 'julho', 'luglio'],
  ['august', 'aug', 'août', 'aout', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'settembre'],
  ['october', 'oct', 'octobre', 'oktober', 'octubre', 'outubro', 'ottobre'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'dezember', 'diciembre', 'dezembro', 'dicembre'],
];
const monthOf = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
/** The months' names and short forms, in any of those languages, as a regular expression's alternatives. */
export const MONTH_WORDS = [...monthOf.keys()].join('|');
/** A month's name or short form, in any of those languages. */
export const MONTH_NAME = new RegExp(`^(?:${MONTH_WORDS})\\.?$`, 'iu');
const MONTH = `(${[...monthOf.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;

const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?(\\d{4})\\b`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'iu',
);
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/u;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u;

function valid(year: number, month: number, day: number): number[] | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  // The calendar's own answer: 31 February is no date.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? [year, month, day] : null;
}

export function datelineDate(line: string): number[] | null {
  const text = line.toLowerCase();
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return valid(Number(m[3]), monthOf.get(m[2]!)!, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return valid(Number(m[3]), monthOf.get(m[1]!)!, Number(m[2]));
  m = ISO.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
