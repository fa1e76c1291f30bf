/**
 * Maps a DOM selection in the reader to offsets in the source's text. Every text node of a
 * passage sits in a segment element carrying data-start, its offset in the source.
 */
function pointOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = (node.parentElement?.closest('[data-start]') as HTMLElement | null)?.dataset
      .start;
    return start === undefined ? null : Number(start) + offset;
  }
  const element = node as Element;
  // A point between children (a triple-click ends at the paragraph): use the child it precedes,
  // or the end of the one before it.
  const after = element.childNodes[offset] as Element | undefined;
  const fromAfter = after && segmentBound(after, 'start');
  if (fromAfter !== null && fromAfter !== undefined) return fromAfter;
  const before = element.childNodes[offset - 1] as Element | undefined;
  return before ? segmentBound(before, 'end') : null;
}

function segmentBound(node: Node, side: 'start' | 'end'): number | null {
  if (!(node instanceof Element)) return null;
  const segments = node.matches('[data-start]')
    ? [node]
    : [...node.querySelectorAll('[data-start]')];
  const segment = (side === 'start' ? segments[0] : segments[segments.length - 1]) as
    HTMLElement | undefined;
  if (!segment) return null;
  const start = Number(segment.dataset.start);
  return side === 'start' ? start : start + (segment.textContent?.length ?? 0);
}

export function selectionOffsets(
  selection: Selection | null,
  within: Element,
): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!within.contains(range.commonAncestorContainer)) return null;
  const start = pointOffset(range.startContainer, range.startOffset);
  const end = pointOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
