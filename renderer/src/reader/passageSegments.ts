import type { Range } from '../../../shared/search/markRanges';

export interface SpanRef {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  /** Offsets in the source's text. */
  start: number;
  end: number;
  text: string;
  /** Highlights covering this stretch, in the order given. */
  highlightIds: string[];
  marked: boolean;
}

/**
 * Cuts a passage where any highlight or search mark begins or ends, so overlapping highlights
 * can each be drawn, and a selection anywhere maps back to source offsets.
 */
export function passageSegments(
  passage: { start: number; end: number; text: string },
  highlights: readonly SpanRef[],
  marks: readonly Range[] = [],
): Segment[] {
  const inside = (n: number) => Math.min(passage.end, Math.max(passage.start, n));
  const cuts = new Set([passage.start, passage.end]);
  const absoluteMarks = marks.map(([s, e]) => [passage.start + s, passage.start + e] as const);
  for (const h of highlights) {
    cuts.add(inside(h.start));
    cuts.add(inside(h.end));
  }
  for (const [s, e] of absoluteMarks) {
    cuts.add(inside(s));
    cuts.add(inside(e));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({
      start,
      end,
      text: passage.text.slice(start - passage.start, end - passage.start),
      highlightIds: highlights.filter((h) => h.start < end && h.end > start).map((h) => h.id),
      marked: absoluteMarks.some(([s, e]) => s < end && e > start),
    });
  }
  return segments;
}
