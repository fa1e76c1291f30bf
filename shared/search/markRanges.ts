export type Range = readonly [start: number, end: number];

export interface MarkedPiece {
  text: string;
  marked: boolean;
}

/** Splits text into plain and marked pieces; ranges may overlap or come in any order. */
export function splitByRanges(text: string, ranges: readonly Range[]): MarkedPiece[] {
  const merged = mergeRanges(ranges.map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)]));
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start >= end) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
