import { isJobTitle, opensByline, POSTED_BY } from '../bylineNames';
import { datelineDate, MONTH_NAME } from '../datelineDate';
import { MAX_TITLE_LENGTH } from '../plainText';
import { isProse } from './prose';

/*
 * A pasted page's headline and the credits set around it: which line is the title, which lines
 * are its byline and dateline, and which are labels (picture credits, "Supported by") that are
 * neither the title nor a section of the article.
 */

/**
 * Which unit is the title. Before the article's first long sentence, every line shaped like a
 * headline (not a sentence, a credit line, a caption label or a date line) is a candidate. News,
 * blog and reference layouts alike set the headline beside its credits: a byline or a date a few
 * lines after it (or just before), and often the same headline twice (breadcrumb and page). The
 * candidate with most of those signs wins, the longer on a tie; failing any candidate, the first
 * short line.
 */
export function titleIndex(
  units: string[],
  usable: (i: number) => boolean,
  /** Every line of the paste, furniture included: a breadcrumb repeats the headline. */
  lines: readonly { text: string }[],
): number {
  // The article starts with a run of prose; a lone notice before it ("enable JavaScript…") is
  // the site's.
  const proseLength = (u: string | undefined) => (u && isProse(u) ? u.length : 0);
  const articleStart = units.findIndex(
    (u, i) =>
      u.length >= 100 &&
      isProse(u) &&
      units.slice(i, i + 6).reduce((sum, v) => sum + proseLength(v), 0) >= 400,
  );
  const firstLong = units.findIndex((u) => u.length >= 100 && isProse(u));
  const end = articleStart >= 0 ? articleStart : firstLong < 0 ? units.length : firstLong;
  // How often the paste says each line that could be the headline.
  const candidates = new Set(units.slice(0, end));
  const said = new Map<string, number>();
  for (const { text } of lines) {
    const line = text.trim();
    if (candidates.has(line)) said.set(line, (said.get(line) ?? 0) + 1);
  }
  const fits = (i: number) =>
    usable(i) && units[i]!.length <= MAX_TITLE_LENGTH && !units[i]!.includes('\n');
  const credit = (i: number) => i >= 0 && i < units.length && isCreditLine(units[i]!);
  // How many lines down the headline's credits start, not counting what a page sets between
  // them — the deck, a picture's caption and credit, the author's name; undefined beyond three.
  const creditDistance = (i: number) => {
    for (let j = i + 1, d = 1; j < units.length && d <= 3; j++) {
      if (credit(j)) return d;
      const between = units[j]!;
      if (!isPersonLine(between) && !PHOTO_CREDIT.test(between) && !isProse(between)) d++;
    }
    return undefined;
  };
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < end; i++) {
    const unit = units[i]!;
    const words = unit.split(/\s+/).length;
    const shaped =
      (words >= 2 && words <= 25) || (!/\s/.test(unit) && unit.length >= 3 && unit.length <= 60);
    // "« Previous | Next »", "Symptoms | Doctors | Health Care Reform": a menu on one line.
    const label = isLabel(unit) || (unit.match(/\||\s::\s/g) ?? []).length >= 2;
    // A headline may end with an initialism ("… Underneath N.Y.C."); a sentence's stop it is not.
    const sentence = isProse(unit) && !/(?:\p{Lu}\.){2,}$/u.test(unit);
    if (!fits(i) || !shaped || sentence || isCreditLine(unit) || label) continue;
    // A name just before a credit is the author's line, not a headline.
    if (isPersonLine(unit) && (credit(i + 1) || credit(i - 1))) continue;
    // The headline comes before its credits; a line just after a dateline is often a section.
    const after = creditDistance(i);
    const credited = after !== undefined || credit(i - 1);
    const repeated = words >= 3 && (said.get(unit) ?? 0) > 1;
    // A headline of three words or fewer is told from a menu item only by being said twice.
    if (!repeated && words < 4 && !(words === 1 && unit.length >= 8)) continue;
    const score = (after ? 4 - after : credited ? 1 : 0) + (repeated ? 2 : 0);
    if (score > bestScore || (score === bestScore && unit.length > units[best]!.length)) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  for (let i = 0; i < units.length; i++)
    if (fits(i) && !isCreditLine(units[i]!) && !isLabel(units[i]!) && i < Math.max(end, 1))
      return i;
  return -1;
}

/** A line holding only a person's name: two or three capitalised words ("Mike Conley"). */
function isPersonLine(unit: string): boolean {
  return (
    unit.length <= 40 &&
    /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}$/u.test(unit) &&
    !CALL.test(unit)
  );
}

// A call to act ("Watch CBSN Live", "Read More", "Sign Up") is set like a name, and is none.
const CALL =
  /^(?:watch|listen|read|follow|subscribe|sign|download|click|share|get|join|support|donate|explore|see|view|shop|try|play|login|log)\b/iu;

/** "Associated Press November 19, 2019, 9:02 AM": a name set straight before the month. */
function nameBeforeMonth(unit: string): string | undefined {
  const words = unit.split(/\s+/);
  const month = words.findIndex((w) => MONTH_NAME.test(w.replace(/[.,]$/u, '')));
  if (month < 2 || month > 4) return undefined;
  const name = words.slice(0, month);
  return name.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w)) ? name.join(' ') : undefined;
}

const PHOTO_CREDIT =
  /\b(?:photograph|photo|image|picture|credit)s?:|\(photo|getty images|\breuters\b|\bafp\b/iu;

/** "Supported by", "US & Canada is sponsored by", "Image", "Media caption …": a label for what follows. */
export function isLabel(unit: string): boolean {
  return (
    CAPTION_LABEL.test(unit) ||
    /\sby$/iu.test(unit) ||
    /^(?:image|photo|video|graphic)$/iu.test(unit) ||
    // A picture's credit: "Portrait by George Del Barrio", "Photograph: Jane Doe".
    /^(?:photo(?:graph)?|portrait|illustration|image|picture|artwork|drawing)s?(?:\s+by\s|:)/iu.test(
      unit,
    )
  );
}

// Accessibility labels some sites print before a figure's caption ("Media caption …").
const CAPTION_LABEL = /^(?:image|media|video|photo|picture)\s+(?:caption|credit)\b/iu;
const MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/iu;

const NAME_BEFORE_DATE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})\s+[-–—|·]\s+\S/u;
// Words a dateline opens with that are no one's name, matched whole: "Janet", "Mayer" and
// "Augustin" are names.
const DATELINE_WORD =
  /^(?:published|posted|updated|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
const notAName = (name: string) =>
  name.split(/\s+/).some((word) => DATELINE_WORD.test(word) || MONTH_NAME.test(word));

// "Published", "Updated" and their like open a stamp, in the languages whose pages say so first.
const STAMP_OPENER =
  /^(?:posted|published|updated|last updated|written|publicad[oa]|atualizad[oa]|actualizad[oa]|publiée?|mis à jour|pubblicato|aggiornato|veröffentlicht|aktualisiert|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|publicerad|uppdaterad|опубликовано|обновлено)(?=[\s:,.]|$)/iu;

/**
 * A credit line: a byline ("By …", "Posted by …"), a dateline ("24 July 2015", "2017-01-13",
 * "Oct 18, 2019 · 8 min read", "Published on: June 25, 2024"). Never a sentence, and short: a
 * sentence that mentions a date is not one.
 */
export function isCreditLine(unit: string): boolean {
  // "By Tuesday the strike had reached the port." is the article's sentence, not its byline;
  // a stamp's "11:08 a.m." ends a credit line with a full stop that ends no sentence.
  if (isProse(unit.replace(/\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.\s?m\.$/iu, ''))) return false;
  if (opensByline(unit) || STAMP_OPENER.test(unit) || POSTED_BY.test(unit)) return true;
  if (unit.split(/\s+/).length > 12) return false;
  return (
    /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/u.test(unit) ||
    MONTH.test(unit) ||
    datelineDate(unit) !== null ||
    /^\p{L}*\s*\d{4}$|\bmin read\b|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b/iu.test(unit)
  );
}

/**
 * The headline's credits: of the line before it and the few after (deck, picture, name, date),
 * those that are credit lines; and the line that names who wrote it — a "By …" credit, a name
 * set before the date ("Dan Goodin - Apr 16, 2015"), or a name beside a dateline.
 */
export function headlineCredits(
  units: readonly string[],
  titleAt: number,
): { credits: string[]; byline: string | null } {
  // The headline itself is neither a credit nor a name, however it is shaped.
  const before = titleAt < 0 ? [] : units.slice(Math.max(0, titleAt - 1), titleAt);
  const under = titleAt < 0 ? [] : units.slice(titleAt + 1, titleAt + 6);
  const near = [...before, ...under];
  const credits = near.filter(isCreditLine);
  // "Author:" on a line of its own, the name on the next.
  const labelled = near.findIndex((u) => AUTHOR_LABEL.test(u));
  const byline =
    credits.find((u) => opensByline(u) || POSTED_BY.test(u)) ??
    (labelled >= 0 && near[labelled + 1] && isPersonLine(near[labelled + 1]!)
      ? near[labelled + 1]!
      : undefined) ??
    credits
      .map((u) => NAME_BEFORE_DATE.exec(u)?.[1] ?? nameBeforeMonth(u))
      .find((name) => name && !notAName(name) && !CALL.test(name)) ??
    // A name beside a dateline under the headline, or with the writer's role between them
    // ("Tom Gillespie" / "News reporter @TomGillespie1" / "Wednesday 20 November 2019"). Above
    // the headline, a name is beside the dateline only with the headline between: a menu's item.
    under.find(
      (u, k) =>
        isPersonLine(u) &&
        (isCreditLine(under[k + 1] ?? '') ||
          isCreditLine(under[k - 1] ?? '') ||
          (isRoleLine(under[k + 1] ?? '') && isCreditLine(under[k + 2] ?? ''))),
    ) ??
    null;
  return { credits, byline };
}

/** "News reporter @handle", "Staff Writer": a writer's role, on a line of its own under the name. */
const isRoleLine = (unit: string) =>
  unit.split(/\s+/).length <= 6 && !isProse(unit) && isJobTitle(unit);

const AUTHOR_LABEL = /^(?:authors?|by|written by|autor(?:in)?|auteur|autore)\s*:?$/iu;
