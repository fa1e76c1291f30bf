/** A span of a text, as offsets. */
export interface Span {
  start: number;
  end: number;
}

// Made on first use: building ICU's sentence rules costs every process that never needs them.
let segmenter: Intl.Segmenter | null = null;

/**
 * The whole sentence (or sentences) holding a span, within a passage, found by the Unicode
 * sentence rules (Intl.Segmenter), so any language's punctuation is understood; without the
 * spaces around it.
 */
export function sentenceAround(text: string, span: Span, within: Span): Span {
  const slice = text.slice(within.start, within.end);
  let start = within.start;
  let end = within.end;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  for (const { index, segment } of segmenter.segment(slice)) {
    const from = within.start + index;
    const to = from + segment.length;
    if (from <= span.start && span.start < to) start = from;
    if (from < span.end && span.end <= to) {
      end = to;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
