import {
  layoutDocument,
  type BlockCaption,
  type DocumentBlock,
  type LaidOutText,
  type PutBack,
} from '../documentLayout';
import { blocksOf, isHardWrapped, linesOf, type Line } from '../plainText';
import { parseCaption } from './captions';
import {
  commentShapes,
  hasCount,
  headedCommentShapes,
  isCommentSection,
  splitComments,
  type RecoveredComment,
} from './comments';
import { articleParts } from './articleParts';
import { isFurniture, startsTrailingBlock } from './furniture';
import { headlineCredits, isCreditLine, isLabel, titleIndex } from './headline';
import { isProse } from './prose';

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
  /**
   * The credit lines under the headline, read into the source's details (author, date) and
   * left out of its paragraphs, so the article's first paragraph is cited as paragraph 1.
   */
  creditLines: string[];
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
    const entries = lines.slice(i + 1, stop).map((x) => x.text);
    const shapes = commentShapes(entries);
    // A "Comment" button above the article is not its comment section: the article comes after.
    // Three entries or more set out as comments (a name over a date) are one, whatever the
    // site has after them.
    if (prose(stop, end) >= article && (article === 0 || headedCommentShapes(entries) < 3))
      return false;
    // "One Comment" over one numbered entry is a comment section; a bare "Responses" heading
    // needs more to go on, and the article's prose before it.
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
 * Recovers an article's structure from text pasted from a web page: site furniture dropped
 * (or kept as paragraphs where the writer put it back: all of it, or the keepLines),
 * the comment section split into comments, figure captions set apart, short lines between
 * paragraphs taken as section headings, a closing signature offered as the author.
 */
export function recoverStructure(
  normalized: string,
  { keepFurniture = false, keepLines = [] }: PutBack = {},
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
  const titleAt = titleIndex(units, (i) => prose[i]!, lines);
  const { credits, byline } = headlineCredits(units, titleAt);
  const creditLines: string[] = [];
  // Only what stands between the headline and the article's first paragraph.
  const firstProse = units.findIndex((u, i) => i > titleAt && prose[i] && isProse(u));
  const isCredit = (unit: string, i: number) =>
    titleAt >= 0 &&
    i > titleAt &&
    (firstProse < 0 || i < firstProse) &&
    (credits.includes(unit) || unit === byline) &&
    !keeps(unit);
  const parts = keepFurniture ? null : articleParts(units, keeps);
  const inArticle = new Uint8Array(units.length);
  for (const { first, last } of parts ?? []) inArticle.fill(1, first, last + 1);
  const span = parts?.length ? { first: parts[0]!.first, last: parts.at(-1)!.last } : null;
  // Before the article: its headline, the credits and the deck under it; after it: a closing
  // signature. The rest around it is the site's.
  const aroundArticle = (unit: string, i: number) =>
    span !== null &&
    !inArticle[i] &&
    !keeps(unit) &&
    i !== titleAt &&
    !isCredit(unit, i) &&
    !(titleAt >= 0 && i > titleAt && i < span.first && isProse(unit)) &&
    !(i === span.last + 1 && isSignature(unit));
  units.forEach((unit, i) => {
    if (!prose[i] && siteLine(unit)) return void furniture.push(unit);
    if (aroundArticle(unit, i)) return void furniture.push(unit);
    if (isCredit(unit, i)) return void creditLines.push(unit);
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
    creditLines,
  };
}
