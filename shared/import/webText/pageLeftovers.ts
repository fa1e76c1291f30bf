/**
 * What a saved page's article keeps of its site after Readability: a gallery's counter and
 * buttons ("Image 1 of 23", "Caption", "Close"), picture credits ("Photo: …, AP", "(Image:
 * GETTY)"), the stamps under a headline ("PUBLISHED: 10:48, Tue, Nov 19, 2019"), calls to other
 * pages ("DON'T MISS", "Sign up to our newsletter") and a breadcrumb or menu at either end
 * ("Home", "News", "Spaceflight"). Each is a paragraph a citation would count, so each is left
 * out, listed with the source and restorable, as pasted pages' furniture is.
 */
import type { DocumentBlock } from '../documentLayout';
import { isFurniture } from './furniture';
import { isCreditLine } from './headline';
import { isProse } from './prose';

const PICTURE: readonly RegExp[] = [
  // A gallery's counter: "Image 1 of 23", "Image 1 of / 23", "3 of 9", "1/12".
  /^(?:image|photo|picture|slide)?\s*\d{1,3}\s*(?:of|\/)\s*\/?\s*\d{1,3}$/iu,
  // Its buttons and labels.
  /^(?:caption|close|expand|enlarge(?: this image)?|hide caption|show caption|toggle caption|view gallery|open gallery|full ?screen|play video|next|previous)$/iu,
  // A credit: "Photo: Damian Dovarganes, AP", "(Image: © NASA)", "(Credit: iStock)".
  /^\(?\s*(?:images?|photos?|photographs?|pictures?|pic|credits?|illustrations?|videos?)(?:\s+(?:credit|by|source))?\s*:\s*[^.!?]{1,100}\)?$/iu,
  /^(?:image|photo|picture) (?:copyright|credit|source)\b[^.!?]{0,80}$/iu,
];

/** Calls to the site's other pages and actions: never the article's words. */
const CALLS =
  /^(?:don['’]?t miss|read more|read next|read also|also read|see also|more from\b[^.!?]{0,40}|related(?: (?:articles?|stories|posts|coverage|content|topics))?|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|latest(?: news)?|advertisement|advert|sponsored(?: content)?|sign in|log in|sign up|sign up\b[^.!?]{0,60}\b(?:newsletters?|alerts?|briefings?|digest|updates)\b[^.!?]{0,40}|subscribe\b[^.!?]{0,60}|view author archive|email the author|comments?|print|follow us\b[^.!?]{0,40}|click here\b[^.!?]{0,40})[:.!]?$/iu;

/** A line short enough, and without a sentence's end, to be a menu's or a breadcrumb's item. */
const isMenuItem = (text: string) =>
  /^\p{Lu}/u.test(text) &&
  !isProse(text) &&
  text.split(/\s+/).length <= 3 &&
  !/[.!?:;]$/u.test(text);

/**
 * A stamp or byline under a headline: a credit line, but not an embedded post's attribution
 * ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019") nor an address with a date in it.
 */
const isStamp = (text: string) =>
  text.split(/\s+/).length <= 12 && !/^[—–-]|@\w|:\/\/|\bwww\./u.test(text) && isCreditLine(text);

/**
 * Whether a paragraph of a saved page's article is the site's, on its own; `underHeadline`
 * where no paragraph of prose stands before it, where stamps and bylines are (after it, a dated
 * line is the article's).
 */
export function isPageLeftover(text: string, underHeadline = false): boolean {
  const t = text.trim();
  if (isProse(t)) return false;
  const stamp = t.replace(/^[|·•]\s*/u, '');
  return (
    PICTURE.some((p) => p.test(t)) ||
    CALLS.test(t) ||
    isFurniture(t) ||
    (underHeadline && isStamp(stamp))
  );
}

export interface Leftovers {
  blocks: DocumentBlock[];
  /** For each block kept, its index before: captions stand before blocks by index. */
  keptFrom: number[];
  removed: string[];
  /** Stamps and bylines among the removed lines, for the details a page did not declare. */
  credits: string[];
}

/**
 * The article's blocks without the site's lines, and those lines. `keep` names lines the writer
 * put back; they stay wherever they stand.
 */
export function pageLeftovers(
  blocks: readonly DocumentBlock[],
  keep: (line: string) => boolean = () => false,
): Leftovers {
  const out = new Set<number>();
  const firstProse = blocks.findIndex((b) => b.kind === 'paragraph' && isProse(b.text));
  const underHeadline = (i: number) => firstProse < 0 || i < firstProse;
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && isPageLeftover(b.text, underHeadline(i))) out.add(i);
  });
  // A run of two or more menu items at either end of the article: a breadcrumb or a menu.
  const edgeRun = (indices: number[]) => {
    const run: number[] = [];
    for (const i of indices) {
      const b = blocks[i]!;
      if (out.has(i)) continue;
      if (b.kind !== 'paragraph' || !isMenuItem(b.text)) break;
      run.push(i);
    }
    if (run.length >= 2) for (const i of run) out.add(i);
  };
  const all = blocks.map((_, i) => i);
  edgeRun(all);
  edgeRun(all.reverse());
  const kept: DocumentBlock[] = [];
  const keptFrom: number[] = [];
  const removed: string[] = [];
  const credits: string[] = [];
  blocks.forEach((b, i) => {
    if (!out.has(i) || keep(b.text)) {
      kept.push(b);
      keptFrom.push(i);
      return;
    }
    removed.push(b.text);
    const stamp = b.text.trim().replace(/^[|·•]\s*/u, '');
    if (underHeadline(i) && isStamp(stamp)) credits.push(stamp);
  });
  return { blocks: kept, keptFrom, removed, credits };
}
