import type { TextAnchor } from '../model/theme';

const CONTEXT = 32;

export function createAnchor(text: string, start: number, end: number): TextAnchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

export type ResolvedAnchor = { start: number; end: number; orphaned: false } | { orphaned: true };

/** Characters two strings share at the end of a (for a prefix) or the start of b (for a suffix). */
export function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

export function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a highlight's quote in a source's text as it is now: where it was, or else the
 * occurrence whose context matches best (nearest the old place on a tie). A quote that is gone
 * is orphaned, never moved onto other words.
 */
export function resolveAnchor(text: string, anchor: TextAnchor): ResolvedAnchor {
  if (anchor.exact === '') return { orphaned: true };
  if (text.slice(anchor.start, anchor.end) === anchor.exact) {
    return { start: anchor.start, end: anchor.end, orphaned: false };
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    const score =
      sharedTail(text.slice(Math.max(0, at - CONTEXT), at), anchor.prefix) +
      sharedHead(
        text.slice(at + anchor.exact.length, at + anchor.exact.length + CONTEXT),
        anchor.suffix,
      );
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  if (!best) return { orphaned: true };
  return { start: best.start, end: best.start + anchor.exact.length, orphaned: false };
}
