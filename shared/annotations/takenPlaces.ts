import type { SourceRecord } from '../model/source';
import type { Highlight } from '../model/theme';

/**
 * Where highlights already stand, looked up by source and offsets: a highlight imported again
 * is counted, not doubled, without scanning every highlight of the library for each one.
 */
export function takenPlaces(highlights: readonly Highlight[]) {
  const key = (sourceId: string, start: number, end: number) => `${sourceId}\u0000${start}:${end}`;
  const taken = new Set(highlights.map((h) => key(h.sourceId, h.anchor.start, h.anchor.end)));
  return {
    has: (sourceId: string, start: number, end: number) => taken.has(key(sourceId, start, end)),
    add: (sourceId: string, start: number, end: number) => taken.add(key(sourceId, start, end)),
  };
}

/** A source with paragraphs added to its note, after what the writer wrote there. */
export function withNoteLines(source: SourceRecord, lines: readonly string[]): SourceRecord {
  return { ...source, note: [source.note?.trim(), ...lines].filter(Boolean).join('\n\n') };
}
