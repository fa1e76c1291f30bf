/**
 * Maps a DOM selection in the reader to offsets in the source's text. Every text node of a
 * passage sits in a segment element carrying data-start, its offset in the source. A selection
 * may begin or end outside any segment (dragged from the title, or between paragraphs): the
 * nearest segment inside the selection gives the offset then.
 */
const SEGMENT = '[data-start]';

function segmentStart(el: HTMLElement): number {
  return Number(el.dataset.start);
}

function segmentEnd(el: HTMLElement): number {
  return segmentStart(el) + (el.textContent?.length ?? 0);
}

function segmentsIn(within: Element): HTMLElement[] {
  return [...within.querySelectorAll<HTMLElement>(SEGMENT)];
}

/** Whether a lies before b in document order. */
function before(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function pointOffset(range: Range, side: 'start' | 'end', within: Element): number | null {
  const node = side === 'start' ? range.startContainer : range.endContainer;
  const offset = side === 'start' ? range.startOffset : range.endOffset;
  const host = (
    node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  )?.closest<HTMLElement>(SEGMENT);
  if (host && node.nodeType === Node.TEXT_NODE) return segmentStart(host) + offset;
  // Outside a segment: the first segment the range covers (start) or the last one (end).
  const covered = segmentsIn(within).filter((el) => range.intersectsNode(el));
  const edge = side === 'start' ? covered[0] : covered[covered.length - 1];
  if (!edge) return null;
  if (side === 'start')
    return before(node, edge) || node === edge ? segmentStart(edge) : segmentEnd(edge);
  return segmentEnd(edge);
}

export function selectionOffsets(
  selection: Selection | null,
  within: Element,
): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!within.contains(range.commonAncestorContainer)) return null;
  const start = pointOffset(range, 'start', within);
  const end = pointOffset(range, 'end', within);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
