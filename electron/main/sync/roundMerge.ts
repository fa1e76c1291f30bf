import { isDeepStrictEqual } from 'node:util';
import type * as A from '@automerge/automerge';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import { usedButDeleted } from '../../../shared/sync/keptReferences';
import { same } from '../../../shared/sync/syncChanges';
import { unsigned } from '../../../shared/sync/signedContent';
import {
  eachSyncedCollection,
  packSource,
  plain,
  SYNCED,
  syncedCollections,
  type JsonRecord,
  type SyncDoc,
  type SyncedCollection,
} from '../../../shared/sync/syncShape';
import type { Replica } from './replicaFiles';

/** A record another writer deleted that this replica brings back, and where it goes. */
export interface Revived {
  collection: SyncedCollection;
  record: JsonRecord;
}

/**
 * How a sync round's merged library is measured against the writer's: what it deletes, what
 * it must bring back, and which records did not change at all.
 */

export function deletesThemesOrSources(base: LibraryDocument, local: LibraryDocument): boolean {
  return (['themes', 'sources'] as const).some((collection) => {
    const now = new Set(local[collection].map((r) => r.id));
    return base[collection].some((r) => !now.has(r.id));
  });
}

/** What the merged library still names that another writer deleted, as this library has it. */
export function usedHereDeletedThere(merged: LibraryDocument, local: LibraryDocument) {
  const { themes, sources } = usedButDeleted(merged, local);
  return [
    ...themes.map((record): Revived => ({ collection: 'themes', record })),
    ...sources.map((record): Revived => ({ collection: 'sources', record })),
  ];
}

/**
 * The merged library with every record that equals the writer's kept as the writer's own
 * object: the store tells a change by identity, so a round that brought nothing writes nothing
 * (no journal line, no reindexing of every source and highlight, which took seconds a round).
 */
export function unchangedKept(local: LibraryDocument, merged: LibraryDocument): LibraryDocument {
  const next: LibraryDocument = {
    ...merged,
    ...eachSyncedCollection(unchangedRecords, local, merged),
  };
  if (isDeepStrictEqual(local.dismissedSuggestions, merged.dismissedSuggestions))
    next.dismissedSuggestions = local.dismissedSuggestions;
  return next;
}

function unchangedRecords<R extends JsonRecord>(mine: R[], theirs: R[]): R[] {
  const byId = new Map(mine.map((r) => [r.id, r]));
  // Another order of the records both have (the codebook moved elsewhere) is a change the
  // store must write whole: the records are taken as they came.
  const common = theirs.filter((r) => byId.has(r.id));
  const theirIds = new Set(theirs.map((r) => r.id));
  const kept = mine.filter((r) => theirIds.has(r.id));
  if (kept.some((r, i) => r.id !== common[i]!.id)) return theirs;
  let same = mine.length === theirs.length;
  const records = theirs.map((record, i) => {
    const was = byId.get(record.id);
    if (was && isDeepStrictEqual(plain(was), record)) {
      if (mine[i] !== was) same = false;
      return was;
    }
    same = false;
    return record;
  });
  return same ? mine : records;
}

/**
 * What a round takes from this library: each record it removes, named as a writer knows it
 * (a source by its title, a theme or collection by its name, a brief by its title, highlights
 * counted by their source), and whether it replaces any record that was here.
 */
export function whatWent(
  before: LibraryDocument,
  after: LibraryDocument,
): { removed: string[]; replaces: boolean } {
  const removed: string[] = [];
  let replaces = false;
  const titles = new Map(before.sources.map((s) => [s.id, s.title]));
  const highlightsOf = new Map<string, number>();
  for (const collection of syncedCollections) {
    const now = new Map<string, JsonRecord>(after[collection].map((r) => [r.id, r]));
    const was: readonly JsonRecord[] = before[collection];
    for (const record of was) {
      const kept = now.get(record.id);
      if (kept) {
        if (kept !== record && !sameButSigned(record, kept)) replaces = true;
        continue;
      }
      replaces = true;
      if (collection === 'highlights') {
        const source = String(record.sourceId);
        highlightsOf.set(source, (highlightsOf.get(source) ?? 0) + 1);
      } else {
        const name = String(record.title ?? record.name ?? record.id);
        removed.push(`${LABELS[collection]} “${name}”`);
      }
    }
  }
  for (const [source, count] of highlightsOf)
    removed.push(
      `${count} highlight${count === 1 ? '' : 's'} in “${titles.get(source) ?? source}”`,
    );
  return { removed, replaces };
}

/**
 * Whether a record differs only by who the document says wrote it: this replica's own edit
 * coming back signed with its key, which takes nothing from the writer.
 */
function sameButSigned(mine: JsonRecord, merged: JsonRecord): boolean {
  return isDeepStrictEqual(unsigned(plain(mine)), unsigned(plain(merged)));
}

const LABELS: Record<SyncedCollection, string> = {
  sources: 'source',
  themes: 'theme',
  highlights: 'highlight',
  sourceCollections: 'collection',
  briefs: 'brief',
};

/** The note a record brought back carries, so the writer who deleted it knows why it is there. */
export const REVIVED_NOTE =
  'Deleted on another machine while it was edited here; kept with the edit.';

/** Records this replica changed since the last round that the merged document no longer has. */
export function editedButDeleted(
  base: LibraryDocument,
  local: LibraryDocument,
  doc: A.Doc<SyncDoc>,
) {
  const revived: Revived[] = [];
  for (const collection of syncedCollections) {
    const before = new Map<string, unknown>(base[collection].map((r) => [r.id, r]));
    const mine: readonly JsonRecord[] = local[collection];
    for (const record of mine) {
      const was = before.get(record.id);
      if (was === undefined || same(was, record)) continue;
      if (!doc[SYNCED[collection]]?.[record.id]) revived.push({ collection, record });
    }
  }
  return revived;
}

export function revivedRecord(collection: SyncedCollection, record: JsonRecord, replica: Replica) {
  if (collection === 'sources') return packSource(record);
  if (collection !== 'highlights') return record;
  const note = typeof record.note === 'string' && record.note.trim() ? `${record.note}\n\n` : '';
  return { ...record, note: `${note}${REVIVED_NOTE}`, by: replica.writer.key };
}

/**
 * The base of a round after one was cut short between writing the merged library and saving
 * the document: a record the library has exactly as the server has it came from that round,
 * not from this writer, and is not sent again as theirs. Everything else is as the document
 * last agreed.
 */
export function alignedBase(
  base: LibraryDocument,
  local: LibraryDocument,
  server: LibraryDocument,
): LibraryDocument {
  return { ...base, ...eachSyncedCollection(alignedRecords, base, local, server) };
}

function alignedRecords<R extends JsonRecord>(base: R[], mine: R[], server: R[]): R[] {
  const theirs = new Map(server.map((r) => [r.id, r]));
  const was = new Map(base.map((r) => [r.id, r]));
  const here = new Set(mine.map((r) => r.id));
  const records: R[] = [];
  for (const record of mine) {
    const onServer = theirs.get(record.id);
    if (onServer && isDeepStrictEqual(plain(record), plain(onServer))) records.push(record);
    else if (was.has(record.id)) records.push(was.get(record.id)!);
  }
  for (const [id, record] of was) if (!here.has(id)) records.push(record);
  return records;
}
