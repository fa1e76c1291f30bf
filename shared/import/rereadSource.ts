import { renumberedHighlights, type MovedHighlight } from '../cite/renumbered';
import type { LibraryDocument } from '../model/libraryDocument';
import type { SourceRecord } from '../model/source';
import type { Highlight } from '../model/theme';
import { createAnchor, resolveAnchor } from '../themes/highlightAnchor';

/** A highlight moved onto the same words in the new text, or null when they are gone. */
function reanchored(highlight: Highlight, oldText: string, newText: string) {
  const quote = resolveAnchor(oldText, highlight.anchor);
  const anchor = quote.orphaned ? highlight.anchor : createAnchor(oldText, quote.start, quote.end);
  const found = resolveAnchor(newText, anchor);
  if (found.orphaned) return null;
  return {
    highlight: { ...highlight, anchor: createAnchor(newText, found.start, found.end) },
    moved: {
      highlightId: highlight.id,
      quote: newText.slice(found.start, found.end),
      oldStart: quote.orphaned ? -1 : quote.start,
      newStart: found.start,
    },
  };
}

/**
 * A source as a new reading of its original makes it: text, passages, headings and captions
 * from the reading; the writer's details win over what the reading found, which fills the gaps;
 * the lines the writer put back stay put back.
 */
export function rereadRecord(
  source: SourceRecord,
  fresh: SourceRecord,
  reading: {
    textHash: string;
    at: Date;
    keepFurniture: boolean;
    keptLines: readonly string[];
    /** A new copy of the page read instead of the kept one: its name and stored file. */
    original?: { file: string; original: string };
  },
): SourceRecord {
  const {
    removed: _removed,
    keepsRemoved: _keeps,
    keptLines: _kept,
    chapters: _chapters,
    ...rest
  } = source;
  return {
    ...rest,
    ...(fresh.removed ? { removed: fresh.removed } : {}),
    ...(fresh.fingerprint ? { fingerprint: fresh.fingerprint } : {}),
    ...(reading.keepFurniture ? { keepsRemoved: true } : {}),
    ...(reading.keptLines.length && !reading.keepFurniture
      ? { keptLines: [...reading.keptLines] }
      : {}),
    textHash: reading.textHash,
    ...(reading.original ?? {}),
    passages: fresh.passages.map((p, i) => ({
      ...p,
      id: `${source.id}-r${reading.at.getTime().toString(36)}-p${i + 1}`,
    })),
    sections: fresh.sections ?? [],
    ...(fresh.chapters ? { chapters: fresh.chapters } : {}),
    captions: fresh.captions ?? [],
    // What the writer entered wins; what the new reading found fills the gaps.
    metadata: { ...fresh.metadata, ...source.metadata },
  };
}

/**
 * The library with a source read again: the new record, the comments found now, and each of its
 * highlights following its quote into the new text (one whose words are gone is kept as it
 * was, orphaned); and what that did, for the report.
 */
export function withReread(
  doc: LibraryDocument,
  before: { source: SourceRecord; text: string },
  after: { source: SourceRecord; text: string; comments: readonly SourceRecord[] },
): {
  doc: LibraryDocument;
  report: {
    highlightsKept: number;
    highlightsOrphaned: number;
    renumbered: ReturnType<typeof renumberedHighlights>;
  };
} {
  let kept = 0;
  let orphaned = 0;
  const moves: MovedHighlight[] = [];
  const id = before.source.id;
  const next: LibraryDocument = {
    ...doc,
    sources: [...doc.sources.map((s) => (s.id === id ? after.source : s)), ...after.comments],
    highlights: doc.highlights.map((h) => {
      if (h.sourceId !== id) return h;
      const moved = reanchored(h, before.text, after.text);
      if (!moved) {
        orphaned++;
        return h;
      }
      kept++;
      moves.push(moved.moved);
      return moved.highlight;
    }),
  };
  return {
    doc: next,
    report: {
      highlightsKept: kept,
      highlightsOrphaned: orphaned,
      renumbered: renumberedHighlights(before.source.passages, after.source.passages, moves),
    },
  };
}
