export interface TextSpan {
  start: number;
  end: number;
}

/** Longer than this, a first line is a paragraph (pasted articles often have no title line). */
export const MAX_TITLE_LENGTH = 150;

export interface Line extends TextSpan {
  text: string;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, end: start + raw.length, text: raw });
    start += raw.length + 1;
  }
  return lines;
}

/** Blank-line separated groups of lines. */
export function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/**
 * A block typed with a hard wrap (lines of similar width that run on without closing a
 * sentence) is one paragraph; otherwise every line is a paragraph of its own, as in text pasted
 * from a web page.
 */
export function isHardWrapped(block: Line[]): boolean {
  if (block.length < 2) return false;
  const body = block.slice(0, -1);
  const widths = body.map((l) => l.text.length);
  // Not Math.max(...widths): a block of 200,000 lines is more than a call's arguments can hold.
  const longest = widths.reduce((a, b) => Math.max(a, b), 0);
  if (longest > 100) return false;
  // Short lines are a headline, its byline and date, or a menu, as often as a narrow wrapped
  // paragraph; the paragraph's lines run on mid-sentence, so most start in lower case.
  const lowerStarts = block.slice(1).filter((l) => /^\s*\p{Ll}/u.test(l.text)).length;
  if (longest < 60 && lowerStarts < (block.length - 1) / 2) return false;
  // A line said twice is a page's, never a paragraph's.
  if (new Set(block.map((l) => l.text.trim())).size < block.length) return false;
  const runOn = body.filter((l) => !/[.!?:;"”’)]$/.test(l.text.trimEnd())).length;
  const shortest = widths.reduce((a, b) => Math.min(a, b), Infinity);
  return runOn / body.length >= 0.5 && shortest >= longest * 0.5;
}
