import {
  layoutDocument,
  type BlockCaption,
  type DocumentBlock,
  type LaidOutText,
} from '../documentLayout';
import { blocksOf, isHardWrapped, linesOf, MAX_TITLE_LENGTH, type Line } from '../plainText';
import { datelineDate } from '../datelineDate';
import { parseCaption } from './captions';
import {
  commentShapes,
  hasCount,
  isCommentSection,
  splitComments,
  type RecoveredComment,
} from './comments';
import { isFurniture, startsTrailingBlock } from './furniture';

export interface RecoveredText extends LaidOutText {
  title: string | null;
  blocks: DocumentBlock[];
  blockCaptions: BlockCaption[];
  comments: RecoveredComment[];
  /** A closing signature ("Stefan"), offered as the author. */
  signature: string | null;
  /** The headline's credit lines (byline, dateline), where its date and authors are read. */
  credits: string[];
  /** The line naming who wrote it: a "By …" credit, or a name beside a dateline. */
  byline: string | null;
  /** Lines dropped as site furniture, for the import report. */
  furniture: string[];
}

const MAX_HEADING = 80;
const MAX_HEADING_WORDS = 10;

function isHeadingLike(text: string): boolean {
  return (
    text.length <= MAX_HEADING &&
    text.split(/\s+/).length <= MAX_HEADING_WORDS &&
    !/[.,;:!…"”’)]$/.test(text) &&
    /^[\p{Lu}\p{N}‘“'"]/u.test(text)
  );
}

/** One to three capitalised words, not ending a sentence: "Stefan", "J. Smith", "Anna Keller". */
function isSignature(text: string): boolean {
  return (
    text.length <= 30 &&
    !text.endsWith('.') &&
    /^\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,2}$/u.test(text)
  );
}

/** A line of running prose: long, or a sentence. Furniture is short or never ends one. */
function isProse(text: string): boolean {
  const t = text.trim();
  if (t.length >= 120) return true;
  // A sentence of a few words; scripts without spaces close theirs with a full-width stop.
  return (
    (t.length >= 20 && /\s/.test(t) && /[.!?…]["”’»)]?$/u.test(t)) ||
    (t.length >= 10 && /[。！？]["”’」』)]?$/u.test(t))
  );
}

/**
 * Cuts the comment section and a trailing join/subscribe block out of the lines — only where
 * they are recognisably that. A "Subscribe" line with article prose after it is one line of
 * furniture, not the end of the article; a "Responses" heading is a comment section only when
 * entries shaped like comments follow it and the article's prose lies before it.
 */
function splitOffTail(
  lines: Line[],
  keeps: (text: string) => boolean,
  keepFurniture: boolean,
): {
  body: Line[];
  comments: RecoveredComment[];
  furniture: string[];
} {
  // Prose characters before each line, and the next furniture line from each line: each
  // candidate is judged in constant time, so a paste with thousands of them stays linear.
  const before = [0];
  lines.forEach((l, i) => before.push(before[i]! + (isProse(l.text) ? l.text.length : 0)));
  const prose = (from: number, to: number) => before[to]! - before[from]!;
  const nextFurniture: number[] = new Array(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--)
    nextFurniture[i] = isFurniture(lines[i]!.text) ? i : nextFurniture[i + 1]!;

  const furniture: string[] = [];
  let end = lines.length;
  // A closing "Join us" block may hold a sentence or two of its own; article prose it may not.
  const total = prose(0, lines.length);
  const trailing = lines.findIndex((l, i) => {
    if (keepFurniture || i === 0 || !startsTrailingBlock(l.text)) return false;
    const after = prose(i + 1, lines.length);
    return after < 400 && after < total * 0.1;
  });
  // Lines of the cut tail the writer put back stay, after the article.
  const keptTail: Line[] = [];
  if (trailing >= 0) {
    for (const line of lines.slice(trailing)) {
      if (keeps(line.text)) keptTail.push(line);
      else if (line.text.trim()) furniture.push(line.text.trim());
    }
    end = trailing;
  }
  const sectionEnd = (i: number) => Math.min(nextFurniture[i + 1]!, end);
  const section = lines.findIndex((l, i) => {
    if (i === 0 || i >= end || !isCommentSection(l.text)) return false;
    const stop = sectionEnd(i);
    const article = prose(0, i);
    // A "Comment" button above the article is not its comment section: the article comes after.
    if (prose(stop, end) >= article) return false;
    // "One Comment" over one numbered entry is a comment section; a bare "Responses" heading
    // needs more to go on, and the article's prose before it.
    const shapes = commentShapes(lines.slice(i + 1, stop).map((x) => x.text));
    return hasCount(l.text)
      ? shapes >= 1 && article > 0
      : shapes >= 2 && article > prose(i + 1, stop);
  });
  if (section < 0) return { body: [...lines.slice(0, end), ...keptTail], comments: [], furniture };
  const stop = sectionEnd(section);
  furniture.push(lines[section]!.text.trim());
  return {
    body: [...lines.slice(0, section), ...lines.slice(stop, end), ...keptTail],
    comments: splitComments(lines.slice(section + 1, stop).map((l) => l.text)),
    furniture,
  };
}

const SHORT_ITEM = /^\S+(?:\s+\S+){0,2}$/u;

/**
 * Drops the site's navigation lists before the article's first sentence and after its last:
 * four or more lines in a row, each an item of three words or fewer. Lists inside the article
 * are the article's. What is dropped goes to `furniture`, to be listed and restorable.
 */
function withoutNavigation(
  lines: Line[],
  furniture: string[],
  keeps: (text: string) => boolean,
): Line[] {
  const first = lines.findIndex((l) => isProse(l.text));
  if (first < 0) return lines;
  let last = lines.length - 1;
  while (last > first && !isProse(lines[last]!.text)) last--;
  const dropped = new Set<number>();
  const scan = (from: number, to: number) => {
    let run: number[] = [];
    const close = () => {
      if (run.length >= 4) for (const i of run) if (!keeps(lines[i]!.text)) dropped.add(i);
      run = [];
    };
    for (let i = from; i < to; i++) {
      const text = lines[i]!.text.trim();
      // A menu item is a word or two ("Tech", "Biz & IT"); a symbol per line is rendered math.
      const item = text.length <= 30 && /\p{L}{2}/u.test(text) && SHORT_ITEM.test(text);
      if (item && !isProse(text)) run.push(i);
      else close();
    }
    close();
  };
  scan(0, first);
  scan(last + 1, lines.length);
  if (dropped.size === 0) return lines;
  furniture.push(...[...dropped].map((i) => lines[i]!.text.trim()));
  return lines.filter((_, i) => !dropped.has(i));
}

/**
 * Which unit is the title. Before the article's first long sentence, every line shaped like a
 * headline (not a sentence, a credit line, a caption label or a date line) is a candidate. News,
 * blog and reference layouts alike set the headline beside its credits: a byline or a date a few
 * lines after it (or just before), and often the same headline twice (breadcrumb and page). The
 * candidate with most of those signs wins, the longer on a tie; failing any candidate, the first
 * short line.
 */
function titleIndex(
  units: string[],
  usable: (i: number) => boolean,
  said: ReadonlyMap<string, number>,
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
  return unit.length <= 40 && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}$/u.test(unit);
}

const PHOTO_CREDIT =
  /\b(?:photograph|photo|image|picture|credit)s?:|\(photo|getty images|\breuters\b|\bafp\b/iu;

/** "Supported by", "US & Canada is sponsored by", "Image", "Media caption …": a label for what follows. */
function isLabel(unit: string): boolean {
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
// Words a dateline opens with that are no one's name.
const NOT_A_NAME =
  /\b(?:published|posted|updated|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

const BYLINE_START = /^(?:by|von|par|por|door|av|af|przez)(?:\s|:)/iu;

/**
 * A credit line: a byline ("By …", "Posted by …"), a dateline ("24 July 2015", "2017-01-13",
 * "Oct 18, 2019 · 8 min read", "Published on: June 25, 2024"). Never a sentence, and short: a
 * sentence that mentions a date is not one.
 */
function isCreditLine(unit: string): boolean {
  // "By Tuesday the strike had reached the port." is the article's sentence, not its byline.
  if (isProse(unit)) return false;
  if (
    BYLINE_START.test(unit) ||
    /^(?:posted|published|updated|last updated|written)\b/iu.test(unit)
  )
    return true;
  if (unit.split(/\s+/).length > 12) return false;
  return (
    /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/u.test(unit) ||
    MONTH.test(unit) ||
    datelineDate(unit) !== null ||
    /^\p{L}*\s*\d{4}$|\bmin read\b|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b/iu.test(unit)
  );
}

/**
 * Recovers an article's structure from text pasted from a web page: site furniture dropped
 * (or kept as paragraphs where the writer put it back: all of it, or the keepLines),
 * the comment section split into comments, figure captions set apart, short lines between
 * paragraphs taken as section headings, a closing signature offered as the author.
 */
export function recoverStructure(
  normalized: string,
  {
    keepFurniture = false,
    keepLines = [],
  }: { keepFurniture?: boolean; keepLines?: readonly string[] } = {},
): RecoveredText {
  const putBack = new Set(keepLines.map((l) => l.trim()));
  const keeps = (text: string) => keepFurniture || putBack.has(text.trim());
  const lines = linesOf(normalized);
  const { body: rest, comments, furniture } = splitOffTail(lines, keeps, keepFurniture);
  const body = keepFurniture ? rest : withoutNavigation(rest, furniture, keeps);
  const units = blocksOf(body).flatMap((block) =>
    isHardWrapped(block)
      ? [block.map((l) => l.text.trim()).join('\n')]
      : block.map((l) => l.text.trim()),
  );

  // The prose unit after each unit, found in one pass from the end (not a search per unit: a
  // 19 MB paste has a million units).
  // A "Subscribe" line left standing (prose follows it) is one line of furniture itself.
  const siteLine = (u: string) => !keeps(u) && (isFurniture(u) || startsTrailingBlock(u));
  const prose = units.map((u) => !siteLine(u) && !parseCaption(u));
  const nextProse: (string | undefined)[] = new Array(units.length);
  for (let i = units.length - 1, after: string | undefined; i >= 0; i--) {
    nextProse[i] = after;
    if (prose[i]) after = units[i];
  }

  const repeats = new Map<string, number>();
  for (const unit of units) repeats.set(unit, (repeats.get(unit) ?? 0) + 1);

  // Assigned inside the loop's callback, which TypeScript's narrowing does not follow.
  let title = null as string | null;
  const kept: DocumentBlock[] = [];
  const captions: BlockCaption[] = [];
  let signature: string | null = null;
  // How often the paste says each line, furniture included: a breadcrumb repeats the headline.
  const said = new Map<string, number>();
  for (const line of lines) said.set(line.text.trim(), (said.get(line.text.trim()) ?? 0) + 1);
  const titleAt = titleIndex(units, (i) => prose[i]!, said);
  // The headline's credits: the line before it and the few after (deck, picture, name, date).
  const near = titleAt < 0 ? [] : units.slice(Math.max(0, titleAt - 1), titleAt + 6);
  const credits = near.filter(isCreditLine);
  const byline =
    credits.find((u) => BYLINE_START.test(u) || /^(?:posted|written)\s+by\s/iu.test(u)) ??
    // "Dan Goodin - Apr 16, 2015": a name set before the date.
    credits
      .map((u) => NAME_BEFORE_DATE.exec(u)?.[1])
      .find((name) => name && !NOT_A_NAME.test(name)) ??
    near.find(
      (u, k) =>
        isPersonLine(u) && (isCreditLine(near[k + 1] ?? '') || isCreditLine(near[k - 1] ?? '')),
    ) ??
    null;
  units.forEach((unit, i) => {
    if (!prose[i] && siteLine(unit)) return void furniture.push(unit);
    const caption = prose[i] ? null : parseCaption(unit);
    if (caption) return void captions.push({ ...caption, before: kept.length });
    if (i === titleAt) return void (title = unit);
    const next = nextProse[i];
    const last = next === undefined;
    // A line the page repeats ("Advertisement") is the site's, not a signature.
    // A signature closes the article's prose; after a run of links it is the site's ("Ad Choices").
    // Where the headline's credits name the author, a closing line is not asked to.
    if (
      last &&
      !byline &&
      kept.length > 0 &&
      isSignature(unit) &&
      (repeats.get(unit) ?? 0) < 2 &&
      i > 0 &&
      isProse(units[i - 1]!)
    )
      return void (signature = unit);
    // A dateline, a "Supported by" or a picture's "Image" label stands above prose too, and is
    // no section of the article.
    const heading =
      !last &&
      kept.length > 0 &&
      isHeadingLike(unit) &&
      next.length > unit.length * 2 &&
      !isCreditLine(unit) &&
      !isLabel(unit);
    kept.push({ kind: heading ? 'heading' : 'paragraph', text: unit });
  });

  return {
    ...layoutDocument(title, kept, captions),
    title,
    blocks: kept,
    blockCaptions: captions,
    comments,
    signature,
    credits,
    byline,
    furniture,
  };
}
