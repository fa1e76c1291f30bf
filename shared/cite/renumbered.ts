/**
 * Which highlights a new reading of a source moved to another paragraph number. Citations of
 * unpaginated text give the paragraph ("para. 3"), so a line put back before a highlight changes
 * what a citation made earlier should say; the writer is told which.
 */

interface Span {
  start: number;
  end: number;
  page?: number;
}

/** A highlight cited as paragraph `from` before a re-read and as paragraph `to` after it. */
export interface RenumberedHighlight {
  highlightId: string;
  quote: string;
  from: number;
  to: number;
}

/** The paragraph number a citation gives for text at `offset`, or null where pages are cited. */
export function paragraphAt(passages: readonly Span[], offset: number): number | null {
  const index = passages.findIndex((p) => p.start <= offset && offset < p.end);
  if (index < 0 || passages[index]!.page) return null;
  return index + 1;
}

export interface MovedHighlight {
  highlightId: string;
  quote: string;
  /** Where its words start in the old text and in the new one. */
  oldStart: number;
  newStart: number;
}

export function renumberedHighlights(
  oldPassages: readonly Span[],
  newPassages: readonly Span[],
  moved: readonly MovedHighlight[],
): RenumberedHighlight[] {
  return moved.flatMap(({ highlightId, quote, oldStart, newStart }) => {
    const from = paragraphAt(oldPassages, oldStart);
    const to = paragraphAt(newPassages, newStart);
    return from !== null && to !== null && from !== to ? [{ highlightId, quote, from, to }] : [];
  });
}
