import type { ChangePatch } from '../history/changePatch';
import type { SourceRecord } from '../model/source';
import type { Highlight } from '../model/theme';
import type { IndexDoc } from './index/searchIndex';
import { highlightNoteDoc, sourceNoteDoc } from './noteDocuments';
import { contentDocuments, metadataDocuments } from './sourceDocuments';

/** What a change does to the search index: documents taken out, and documents put in. */
export interface IndexChanges {
  /** Note documents by key (h:highlightId, s:sourceId). */
  removeKeys: string[];
  /** Every document of these sources. */
  removeSources: string[];
  /** These sources' passages and captions (their text was replaced). */
  removeContent: string[];
  /** These sources' title, authors, site and key. */
  removeMetadata: string[];
  add: [IndexDoc, string][];
}

/** The sources whose text a change brings in or replaces: their passages are indexed anew. */
export function sourcesToRead(patch: ChangePatch): SourceRecord[] {
  const out: SourceRecord[] = [];
  for (const change of patch.sources?.values() ?? []) {
    const before = change.before as SourceRecord | undefined;
    const after = change.after as SourceRecord | undefined;
    if (after && before?.textHash !== after.textHash) out.push(after);
  }
  return out;
}

const sameDoc = (a: [IndexDoc, string] | null, b: [IndexDoc, string] | null) =>
  a === b || (a !== null && b !== null && a[1] === b[1] && a[0].passageId === b[0].passageId);

/**
 * What the index must change for a change to the library (tagging, editing details, importing,
 * undo, redo, a sync round). `sourceOf` answers a source as the library now holds it; `textOf`
 * the text of a source sourcesToRead named (null when it cannot be read: its passages are then
 * not indexed, and search does not find them until the index is built again).
 */
export function indexChanges(
  patch: ChangePatch,
  sourceOf: (id: string) => SourceRecord | undefined,
  textOf: (source: SourceRecord) => string | null,
): IndexChanges {
  const out: IndexChanges = {
    removeKeys: [],
    removeSources: [],
    removeContent: [],
    removeMetadata: [],
    add: [],
  };
  // Only a highlight whose note document changes touches the index: tagging a passage without
  // a note leaves it as it was.
  const noteDoc = (h: Highlight | undefined) =>
    h ? highlightNoteDoc(h, sourceOf(h.sourceId)) : null;
  for (const [id, change] of patch.highlights ?? []) {
    const before = noteDoc(change.before as Highlight | undefined);
    const after = noteDoc(change.after as Highlight | undefined);
    if (sameDoc(before, after)) continue;
    out.removeKeys.push(`h:${id}`);
    if (after) out.add.push(after);
  }
  for (const [id, change] of patch.sources ?? []) {
    const before = change.before as SourceRecord | undefined;
    const after = change.after as SourceRecord | undefined;
    if (before && !after) {
      out.removeSources.push(id);
      continue;
    }
    if (!after) continue;
    if (before?.note !== after.note) {
      if (before) out.removeKeys.push(`s:${id}`);
      const doc = sourceNoteDoc(after);
      if (doc) out.add.push(doc);
    }
    if (before?.textHash !== after.textHash) {
      if (before) out.removeContent.push(id);
      const text = textOf(after);
      // A document per passage, pushed one by one: a source may have 100,000 of them, more than
      // a call's arguments can hold.
      if (text !== null) for (const doc of contentDocuments(after, text)) out.add.push(doc);
    }
    if (!before || before.title !== after.title || before.metadata !== after.metadata) {
      if (before) out.removeMetadata.push(id);
      out.add.push(...metadataDocuments(after));
    }
  }
  return out;
}
