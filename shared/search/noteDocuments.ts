import type { LibraryDocument } from '../model/libraryDocument';
import type { Highlight } from '../model/theme';
import type { SourceRecord } from '../model/source';
import type { IndexDoc } from './index/searchIndex';

/** A highlight's note is found at the passage where the highlight begins. */
export function highlightNoteDoc(
  h: Highlight,
  source: SourceRecord | undefined,
): [IndexDoc, string] | null {
  if (!h.note.trim() || !source) return null;
  const passage =
    source.passages.find((p) => p.start <= h.anchor.start && h.anchor.start < p.end) ??
    source.passages[0];
  return [
    { sourceId: h.sourceId, passageId: passage?.id ?? null, field: 'note', key: `h:${h.id}` },
    h.note,
  ];
}

export function sourceNoteDoc(source: SourceRecord): [IndexDoc, string] | null {
  if (!source.note?.trim()) return null;
  return [
    { sourceId: source.id, passageId: null, field: 'note', key: `s:${source.id}` },
    source.note,
  ];
}

export function noteDocuments(library: LibraryDocument): [IndexDoc, string][] {
  const byId = new Map(library.sources.map((s) => [s.id, s]));
  return [
    ...library.sources.map(sourceNoteDoc),
    ...library.highlights.map((h) => highlightNoteDoc(h, byId.get(h.sourceId))),
  ].filter((d): d is [IndexDoc, string] => d !== null);
}

/** The text of a note document, as the library holds it now. */
export function noteText(library: LibraryDocument, key: string | undefined): string {
  if (key?.startsWith('h:'))
    return library.highlights.find((h) => h.id === key.slice(2))?.note ?? '';
  if (key?.startsWith('s:')) return library.sources.find((s) => s.id === key.slice(2))?.note ?? '';
  return '';
}
