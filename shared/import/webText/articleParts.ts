import { MONTH_WORDS } from '../datelineDate';
import { isProse } from './prose';

/*
 * Where the article lies in a pasted page. A page pasted as text is the article's run of prose
 * with the site around it: menus, section labels, related-story headlines, footers. Judged line
 * by line, a menu item and an article's subheading look alike; judged by their neighbourhood
 * they do not: the article is the stretch of lines where prose outweighs everything else. Each
 * prose line counts for its words and every other line against, and the stretch with the
 * largest sum is the article (the maximum-sum segment of Finn, Kushmerick and Smyth's body-text
 * extraction, on lines instead of tags).
 *
 * The weights were set on Readability's test pages and one half of Zyte's article-extraction
 * benchmark, and checked once on the other half (`npm run bench -- import-quality`).
 */

/** What one line that is not prose costs, in words of prose that must outweigh it. */
const LINE_COST = 3;
/**
 * Each further line of a run costs more, up to this many times LINE_COST: an article's heading
 * or caption is a line or two between paragraphs, a menu or a list of other stories is dozens.
 */
const RUN_CAP = 10;
/** A stretch beyond a long run of the site's lines, holding this share of the article's prose. */
const SEPARATE_PART = 0.5;
/** A stretch beyond that run, all of it paragraphs, holding this share of the article's prose. */
const SEPARATE_RUN = 0.2;
/** Lines between two stretches of the article, few enough to be its own. */
const SHORT_GAP = 6;
/** Lines before or after the article, few enough not to be a site around it. */
const SHORT_EDGE = 2;

// Scripts written without spaces count about two characters to a word.
const CLOSE_SET = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
function wordCount(text: string): number {
  const closeSet = text.match(CLOSE_SET)?.length ?? 0;
  return text.replace(CLOSE_SET, ' ').split(/\s+/).filter(Boolean).length + closeSet / 2;
}

/** Prose, however long, that is the site's: cookie notices, copyright lines. */
const SITE_NOTICE =
  /\bcookies?\b.*\b(?:website|site|browser|consent|accept|experience)\b|\b(?:website|site|browser|consent)\b.*\bcookies?\b|©|\bcopyright\b|\ball rights reserved\b/iu;

/**
 * A story's age under its headline ("32M ago", "16 hours ago on iOS Blog", "updated 16M ago"):
 * the mark of a list of other stories. An article's own stamp is read with its credits, above it.
 */
const STORY_AGE =
  /^(?:updated\s+)?\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\s+ago\b/iu;
/** A stamp alone on its line ("November 16, 2019 at 8:19 pm"), as lists of stories date theirs. */
const STAMP_ALONE = new RegExp(
  `^(?:(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:${MONTH_WORDS})\\.?\\s+\\d{4})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?$`,
  'iu',
);
/** An item of a schedule: a date, then what happens on it ("June 9 -- Coral Sky Amphitheatre, FL"). */
const DATED_ITEM = new RegExp(
  `^(?:(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\.?\\s+(?:${MONTH_WORDS})\\.?)\\s*(?:[-–—:|@]+|,)\\s*\\p{L}`,
  'iu',
);
/** "Read More", "Continue reading", alone on a line: the link under another story's teaser. */
const READ_MORE =
  /^(?:(?:read|see|view)\s+(?:more|(?:the\s+)?full\s+story)|continue\s+reading)[\s»›→.…>]*$/iu;
/** What the rights line costs: more than any article's prose, so a stretch ends there. */
const RIGHTS_LINE_COST = -1e6;
/** "© 2019 CBS Interactive Inc. All Rights Reserved.": where the article ends and the site begins. */
const RIGHTS_LINE = /\ball rights reserved\b|^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b/iu;

/**
 * A line's weight before its neighbourhood: prose and short sentences for their words; lines an
 * article holds between its paragraphs (code, table rows, list items, a clause in lower case)
 * for nothing; any other short line against.
 */
function weight(unit: string): number {
  const text = unit.trim();
  if (isProse(text)) return SITE_NOTICE.test(text) ? -LINE_COST : wordCount(text);
  const words = text.split(/\s+/);
  // A short sentence ("More to come.") or a lead-in ("You will need:"): never a menu's.
  // It outweighs the one short line before it: a heading, then a one-line closing sentence.
  if (/[.!?…。！？]["”’»)]?$|[:：]$/u.test(text)) return wordCount(text) + LINE_COST;
  // Rendered math, one symbol per line; a figure. Every menu item has a word.
  if (!/\p{L}{2}/u.test(text)) return 0;
  if (/[{};=]|^(?:\/\/|#|<\/?[a-z])/iu.test(text)) return 0;
  if (text.split('\t').length >= 3) return 0;
  if (/^(?:\d{1,2}[.)]|[•·▪–*+-]|step \d)/iu.test(text)) return 0;
  if (DATED_ITEM.test(text)) return 0;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (words.length >= 4 && lower >= words.length / 2) return 0;
  return -LINE_COST;
}

/** The marks of a list of other stories: a story's age, its date alone, a "Read More" link. */
function marksAStory(text: string, datedList: boolean): boolean {
  return (
    (STORY_AGE.test(text) && text.split(/\s+/).length <= 8) ||
    (datedList && STAMP_ALONE.test(text)) ||
    READ_MORE.test(text)
  );
}

function weights(units: readonly string[], kept: (unit: string) => boolean): number[] {
  const texts = units.map((u) => u.trim());
  // An article states its own date once or twice, under its headline; a list of stories dates
  // each of them.
  const datedList = texts.filter((t) => STAMP_ALONE.test(t)).length >= 3;
  const marks = texts.map((t) => marksAStory(t, datedList));
  let run = 0;
  return units.map((unit, i) => {
    const text = texts[i]!;
    let w: number;
    if (kept(unit)) w = Math.max(1, wordCount(unit));
    // The site's rights line ends the article: no stretch runs across it (and, after the
    // article, none past it is the article's).
    else if (RIGHTS_LINE.test(text)) w = RIGHTS_LINE_COST;
    // A story's mark costs what a whole run of the site's lines does, and the sentence beside it
    // is that story's deck: weighing nothing, a list of other stories does not outweigh its
    // marks and is not taken for the article going on.
    else if (marks[i]) w = -LINE_COST * RUN_CAP;
    else if (marks[i - 1] || marks[i + 1]) w = isProse(text) ? 0 : -LINE_COST;
    else w = weight(unit);
    if (w < 0) return w * Math.min(++run, RUN_CAP);
    if (w > 0) run = 0;
    return w;
  });
}

interface Segment {
  first: number;
  last: number;
  sum: number;
}

/** The maximum-sum stretch of weights[from, to), or null where none is positive. */
function bestSegment(w: readonly number[], from: number, to: number): Segment | null {
  let best: Segment | null = null;
  let start = from;
  let sum = 0;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += w[i]!;
    if (w[i]! > 0 && (!best || sum > best.sum)) best = { first: start, last: i, sum };
  }
  return best;
}

/**
 * The stretches of units that are the article, in order, each by its first and last unit
 * (inclusive); none where no unit is prose. Units the writer put back count as prose.
 */
export function articleParts(
  units: readonly string[],
  kept: (unit: string) => boolean = () => false,
): { first: number; last: number }[] {
  const w = weights(units, kept);
  const main = bestSegment(w, 0, units.length);
  if (!main) return [];
  const parts = [main];
  // Outward from the main stretch: past a share box in mid-article, the article goes on.
  const enough = (s: Segment | null): s is Segment => {
    if (s === null) return false;
    if (s.sum >= SEPARATE_PART * main.sum) return true;
    // Paragraph after paragraph, no short line between: the article going on, where other
    // stories' teasers and comments alternate with their headlines and names.
    const lines = w.slice(s.first, s.last + 1);
    return (
      s.sum >= SEPARATE_RUN * main.sum && lines.length >= 2 && lines.every((x) => x > LINE_COST)
    );
  };
  for (let s = bestSegment(w, 0, main.first); enough(s); s = bestSegment(w, 0, s.first))
    parts.unshift(s);
  // After the article, the site's rights line is where the page ends: nothing past it goes on.
  const rightsAt = w.findIndex((x, i) => i > main.last && x <= RIGHTS_LINE_COST);
  const end = rightsAt < 0 ? units.length : rightsAt;
  for (let s = bestSegment(w, main.last + 1, end); enough(s);) {
    parts.push(s);
    s = bestSegment(w, s.last + 1, end);
  }
  // Lines that weigh nothing beside a stretch (rendered math, a table's rows) go with it, and
  // so does the one heading over a schedule at its end ("Tour dates" and the dates under it).
  const scheduleAt = (i: number) =>
    [1, 2, 3].every((k) => DATED_ITEM.test(units[i + k]?.trim() ?? ''));
  for (const part of parts) {
    while (part.first > 0 && w[part.first - 1] === 0) part.first--;
    for (;;) {
      if (part.last + 1 < w.length && w[part.last + 1] === 0) part.last++;
      else if (
        w[part.last + 1]! < 0 &&
        w[part.last + 1]! > RIGHTS_LINE_COST &&
        scheduleAt(part.last + 1)
      )
        part.last++;
      else break;
    }
  }
  // A few lines between two stretches (a list of single words) are the article's too.
  const joined: { first: number; last: number }[] = [];
  for (const { first, last } of parts) {
    const previous = joined.at(-1);
    if (previous && first - previous.last - 1 <= SHORT_GAP) previous.last = last;
    else joined.push({ first, last });
  }
  // A line or two before or after is no site around the article: a note's own heading.
  if (joined[0]!.first <= SHORT_EDGE) joined[0]!.first = 0;
  if (units.length - 1 - joined.at(-1)!.last <= SHORT_EDGE) joined.at(-1)!.last = units.length - 1;
  return joined;
}
