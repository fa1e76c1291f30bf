import { compactKey } from '../../../shared/text/textKey';
import { isBlockLevel, isSkipped } from './htmlBlocks';

// The headline a saved page shows and the short lines around it — where a reader finds the
// byline and the dateline — as lines of text, the way a browser lays them out.

/** Lines read before the headline and after it. */
const BEFORE = 3;
const AFTER = 12;
/** A line this long is the article's prose: the credits are above it. */
const PROSE = 200;

/**
 * The heading that is the page's headline: the h1 its tab title carries; else an h2 it carries
 * (a page that sets its site's name or another story as its h1); else the first h1.
 */
function headline(document: Document): Element | null {
  const headings = (tag: string) =>
    Array.from(document.querySelectorAll(tag)).filter((h) => compactKey(h.textContent ?? ''));
  const tab = compactKey(document.title);
  const carried = (h: Element) => {
    const k = compactKey(h.textContent ?? '');
    return k.length >= 8 && tab.includes(k);
  };
  const h1s = headings('h1');
  return h1s.find(carried) ?? headings('h2').find(carried) ?? h1s[0] ?? null;
}

/** Text nodes in document order, each with the block it belongs to, skipping what is not shown. */
function* textsOf(
  root: Node,
  document: Document,
): Generator<{ text: string; block: Element | null }> {
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    let hidden = false;
    for (let e = parent; e && !hidden; e = e.parentElement)
      hidden = isSkipped(e.tagName.toUpperCase());
    if (!parent || hidden) continue;
    let block: Element | null = parent;
    while (block && !isBlockLevel(block.tagName.toUpperCase())) block = block.parentElement;
    yield { text: node.textContent ?? '', block };
  }
}

// What a `<br>` becomes while the lines are read: not "\n", which the page's own source has
// wherever it wraps a line, and a browser shows as a space.
const BREAK = '\u2028';

/** Lines of text as blocks and `<br>` break them: a byline and its date on lines of their own. */
function linesOf(document: Document): string[] {
  const lines: string[] = [];
  let current = '';
  let block: Element | null | undefined;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  for (const brk of Array.from(document.body?.querySelectorAll('br') ?? []))
    brk.replaceWith(document.createTextNode(BREAK));
  for (const part of textsOf(document.body ?? document, document)) {
    if (part.block !== block) flush();
    block = part.block;
    const pieces = part.text.split(BREAK);
    pieces.forEach((piece, i) => {
      if (i > 0) flush();
      current += piece;
    });
  }
  flush();
  return lines;
}

/**
 * The page's headline with the few lines before it and the short lines after it, up to the
 * article's first long paragraph; empty where the page has no h1. Reads a copy: the page
 * itself is left as it was.
 */
export function shownAroundHeadline(document: Document): { lines: string[]; headlineAt: number } {
  const h1 = headline(document);
  if (!h1) return { lines: [], headlineAt: -1 };
  const marker = `\u0000headline\u0000`;
  const copy = document.implementation.createHTMLDocument('');
  copy.body.replaceWith(copy.importNode(document.body, true));
  const at = Array.from(copy.querySelectorAll(h1.tagName)).find(
    (h) => h.textContent === h1.textContent,
  );
  if (!at) return { lines: [], headlineAt: -1 };
  at.textContent = marker;
  const lines = linesOf(copy);
  const index = lines.indexOf(marker);
  if (index < 0) return { lines: [], headlineAt: -1 };
  const before = lines.slice(Math.max(0, index - BEFORE), index).filter((l) => l.length < PROSE);
  const after: string[] = [];
  // A long line straight under the headline is its deck, which some pages set above the
  // credits: the three lines under it are read too. A long line anywhere else is the article's
  // first paragraph.
  const deck = (lines[index + 1]?.length ?? 0) >= PROSE;
  for (const [k, line] of lines.slice(index + 1, index + 1 + (deck ? 4 : AFTER)).entries()) {
    if (line.length >= PROSE && k > 0) break;
    after.push(line);
  }
  const title = (h1.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { lines: [...before, title, ...after], headlineAt: before.length };
}
