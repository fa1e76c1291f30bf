/** A span of a text, as offsets. */
export interface Span {
  start: number;
  end: number;
}

// Made on first use: building ICU's sentence rules costs every process that never needs them.
let segmenter: Intl.Segmenter | null = null;

/**
 * The sentences of a span of a text, found by the Unicode sentence rules (Intl.Segmenter), so
 * any language's punctuation is understood; each without the spaces around it.
 */
export function sentenceSpans(text: string, within: Span): Span[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(text.slice(within.start, within.end))) {
    const start = within.start + index + (segment.length - segment.trimStart().length);
    const end = within.start + index + segment.trimEnd().length;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** The whole sentence (or sentences) holding a span, within a passage. */
export function sentenceAround(text: string, span: Span, within: Span): Span {
  const sentences = sentenceSpans(text, within);
  const first = sentences.find((s) => s.end > span.start) ?? sentences.at(-1);
  const last = [...sentences].reverse().find((s) => s.start < span.end) ?? first;
  return first && last ? { start: first.start, end: last.end } : within;
}
