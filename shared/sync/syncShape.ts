import type { LibraryDocument } from '../model/libraryDocument';
import {
  checkCollection,
  type RecordCollection,
  type SetAsideRecord,
} from '../model/libraryRecords';

/**
 * What a shared library replicates, as Automerge holds it: every collection a map from id to
 * record, so concurrent additions never collide and concurrent edits to different fields of one
 * record merge. Texts and originals are not in it: they travel as files named by their sha-256.
 * The codebook keeps its order in a list. The local library.json stays the view the app reads.
 */

export const SYNC_FORMAT = 1;

export const SYNCED = {
  sources: 'sources',
  themes: 'themes',
  highlights: 'highlights',
  sourceCollections: 'collections',
  briefs: 'briefs',
} as const satisfies Partial<Record<keyof LibraryDocument, string>>;

export type SyncedCollection = keyof typeof SYNCED;
export const syncedCollections = Object.keys(SYNCED) as SyncedCollection[];

export type JsonRecord = { id: string } & Record<string, unknown>;

/** One step done to a synced collection's records, whatever their type, given up to three libraries' lists. */
type CollectionStep = <R extends JsonRecord>(a: R[], b: R[], c: R[]) => R[];

/**
 * The synced collections of up to three libraries, each put through the same step: each keeps
 * its record type, and a collection added to SYNCED and not here fails the type check.
 */
export function eachSyncedCollection(
  step: CollectionStep,
  a: LibraryDocument,
  b: LibraryDocument,
  c: LibraryDocument = b,
): Pick<LibraryDocument, SyncedCollection> {
  return {
    sources: step(a.sources, b.sources, c.sources),
    themes: step(a.themes, b.themes, c.themes),
    highlights: step(a.highlights, b.highlights, c.highlights),
    sourceCollections: step(a.sourceCollections, b.sourceCollections, c.sourceCollections),
    briefs: step(a.briefs, b.briefs, c.briefs),
  };
}

export interface SyncDoc {
  format: number;
  createdAt: string;
  sources: Record<string, JsonRecord>;
  themes: Record<string, JsonRecord>;
  highlights: Record<string, JsonRecord>;
  collections: Record<string, JsonRecord>;
  briefs: Record<string, JsonRecord>;
  /** Dismissed suggestions, keyed source/passage/theme. */
  dismissed: Record<string, { sourceId: string; passageId: string; themeId: string }>;
  /** The codebook's order. */
  themeOrder: string[];
  /** Each writer's name by the key their replica signs changes with. */
  writers: Record<string, { name: string; publicKey?: string }>;
  /**
   * The library's own rules (rules.json), a value per field (see sharedRules); absent in a
   * library shared before rules travelled, until the sharer's next round adds it.
   */
  rules?: Record<string, unknown>;
  /** Citation styles writers added, by their id (12 hex of the file's sha-256): the CSL file. */
  styles?: Record<string, string>;
}

/** Top-level keys newer than the shared document's first shape: only the sharer adds them. */
export const LATER_TOP_LEVEL = ['rules', 'styles'] as const;

/** The shared document's top level as libraries were first shared, before rules and styles. */
export function firstShape(createdAt: string): SyncDoc {
  return {
    format: SYNC_FORMAT,
    createdAt,
    sources: {},
    themes: {},
    highlights: {},
    collections: {},
    briefs: {},
    dismissed: {},
    themeOrder: [],
    writers: {},
  };
}

/** The top level a share makes now. */
export const freshShape = (createdAt: string): SyncDoc => ({
  ...firstShape(createdAt),
  rules: {},
  styles: {},
});

export const dismissedKey = (d: { sourceId: string; passageId: string; themeId: string }) =>
  `${d.sourceId}\u001f${d.passageId}\u001f${d.themeId}`;

/**
 * A source's layout (its passages, headings, captions, fingerprint, removed lines) is set at
 * import and replaced whole when the source is read again: the document keeps each as one JSON
 * value, not as thousands of small CRDT maps no one edits field by field.
 */
export const PACKED_SOURCE_FIELDS = [
  'passages',
  'sections',
  'chapters',
  'captions',
  'fingerprint',
  'removed',
  'keptLines',
  'keyUses',
] as const;

export function packSource(record: JsonRecord): JsonRecord {
  const packed: JsonRecord = { ...record };
  for (const key of PACKED_SOURCE_FIELDS)
    if (packed[key] !== undefined) packed[key] = JSON.stringify(packed[key]);
  return packed;
}

export function unpackSource(record: JsonRecord): JsonRecord {
  const unpacked: JsonRecord = { ...record };
  for (const key of PACKED_SOURCE_FIELDS) {
    const value = unpacked[key];
    if (typeof value === 'string') {
      try {
        unpacked[key] = JSON.parse(value);
      } catch {
        delete unpacked[key];
      }
    }
  }
  return unpacked;
}

/** Plain JSON of a value Automerge hands back (its proxies and byte arrays made ordinary). */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A shared document read as a library, and the records it holds that no library can. */
export interface SyncedLibrary {
  library: LibraryDocument;
  /** Each record left out: its collection, id and what its check found. */
  setAside: string[];
}

// A round reads the same document as a library several times; Automerge documents are immutable
// values, so each is read and checked once.
const read = new WeakMap<object, { local: LibraryDocument; synced: SyncedLibrary }>();

/**
 * The library a sync document describes, each record checked as one read from disk is: a record
 * another replica wrote that this Dossier cannot use is left out and named, never guessed at.
 * Records come back in a fixed order (the codebook's own, sources by import, highlights by
 * place), so every replica writes the same library.json.
 */
export function libraryOfSyncDoc(doc: SyncDoc, local: LibraryDocument): SyncedLibrary {
  const known = read.get(doc);
  if (known?.local === local) return known.synced;
  const synced = readSyncDoc(doc, local);
  read.set(doc, { local, synced });
  return synced;
}

function readSyncDoc(doc: SyncDoc, local: LibraryDocument): SyncedLibrary {
  const values = (map: Record<string, JsonRecord>) => Object.values(plain(map ?? {}));
  const by =
    (...keys: ((r: JsonRecord) => string | number)[]) =>
    (a: JsonRecord, b: JsonRecord) => {
      for (const key of keys) {
        const x = key(a);
        const y = key(b);
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    };
  const order = new Map(plain(doc.themeOrder ?? []).map((id, i) => [id, i]));
  const anchor = (h: JsonRecord) => (h.anchor as { start?: number } | undefined)?.start ?? 0;
  const setAside: string[] = [];
  // Checked as a library read from disk is; the repairs are the sharer's to report, not ours.
  const check = <C extends RecordCollection>(collection: C, records: JsonRecord[]) => {
    const aside: SetAsideRecord[] = [];
    const kept = checkCollection(collection, records, aside, []);
    for (const { id, reason } of aside) setAside.push(`${collection} ${id ?? '?'}: ${reason}`);
    return kept;
  };
  const byCreation = by(
    (r) => String(r.createdAt ?? ''),
    (r) => r.id,
  );
  const library: LibraryDocument = {
    ...local,
    createdAt: plain(doc.createdAt),
    sources: check(
      'sources',
      values(doc.sources)
        .map(unpackSource)
        .sort(
          by(
            (s) => String(s.importedAt ?? ''),
            (s) => s.id,
          ),
        ),
    ),
    themes: check(
      'themes',
      values(doc.themes).sort(
        by(
          (t) => order.get(t.id) ?? Number.MAX_SAFE_INTEGER,
          (t) => t.id,
        ),
      ),
    ),
    highlights: check(
      'highlights',
      values(doc.highlights).sort(
        by(
          (h) => String(h.sourceId),
          anchor,
          (h) => h.id,
        ),
      ),
    ),
    sourceCollections: check('sourceCollections', values(doc.collections).sort(byCreation)),
    briefs: check('briefs', values(doc.briefs).sort(byCreation)),
    dismissedSuggestions: Object.values(plain(doc.dismissed ?? {})).sort((a, b) =>
      dismissedKey(a) < dismissedKey(b) ? -1 : 1,
    ),
    // A replica's codebook is the shared one: it has been chosen.
    codebookPending: false,
  };
  return { library, setAside };
}
