import type { Range } from './markRanges';

export interface Snippet {
  text: string;
  marks: Range[];
}

/** A short window of a passage around its first mark, with the marks moved to fit it. */
export function snippetAround(text: string, marks: readonly Range[], width = 180): Snippet {
  if (text.length <= width) return { text, marks: [...marks] };
  const anchor = marks[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(anchor - Math.floor(width / 3), text.length - width));
  // Start at a word boundary so the snippet does not open mid-word.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < anchor) start = space + 1;
  }
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    marks: marks
      .filter(([s, e]) => e > start && s < end)
      .map(([s, e]) => [Math.max(s, start) + shift, Math.min(e, end) + shift] as const),
  };
}
