import * as A from '@automerge/automerge';
import type { SyncConflict } from './syncTypes';
import type { LibraryDocument } from '../model/libraryDocument';

export type { SyncConflict };
import {
  dismissedKey,
  packSource,
  plain,
  SYNCED,
  syncedCollections,
  type JsonRecord,
  type SyncDoc,
  type SyncedCollection,
} from './syncShape';
import { highlightPayload, notePayload, SIGNATURE_FIELDS } from './signedContent';

/**
 * The writer's edits since the last sync, written into the shared document as the smallest
 * changes that make it match: a record added or removed, and inside a changed record only the
 * fields that changed — so two writers editing different fields of one source both keep theirs,
 * and the same field edited twice is a conflict Automerge keeps both sides of.
 */

type Counts = Record<SyncedCollection, number>;
export interface ChangeCount {
  added: Counts;
  changed: Counts;
  removed: Counts;
}

const zero = (): Counts => Object.fromEntries(syncedCollections.map((c) => [c, 0])) as Counts;
export const noChangeCount = (): ChangeCount => ({
  added: zero(),
  changed: zero(),
  removed: zero(),
});
export const totalChanges = (c: ChangeCount) =>
  syncedCollections.reduce((n, k) => n + c.added[k] + c.changed[k] + c.removed[k], 0);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof A.ImmutableString);

/**
 * A value as the document stores it: every string an immutable one. Automerge would otherwise
 * make each a collaborative text, a structure per character, which a library of titles, notes
 * and quotes does not need and cannot afford (it is dozens of times slower and larger).
 */
export function atomic(value: unknown): unknown {
  if (typeof value === 'string') return new A.ImmutableString(value);
  if (Array.isArray(value)) return value.map(atomic);
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, atomic(v)]),
    );
  return value;
}
/** JSON with each object's keys in one order: a record read back from the document and the
 * writer's own copy of it list their fields in different orders. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) && !Array.isArray(v) && !(v instanceof Uint8Array)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
/** Whether two records hold the same values, whatever the order of their fields. */
export const same = (a: unknown, b: unknown) =>
  a === b || JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b);

/** Makes `target` (inside an Automerge change) hold `after`, touching only what differs. */
function assignDiff(
  target: Record<string, unknown>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  for (const key of Object.keys(before)) if (!(key in after) && key in target) delete target[key];
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined || same(before[key], value)) continue;
    const current = target[key];
    if (isObject(value) && isObject(before[key]) && isObject(current))
      assignDiff(current, before[key], value);
    else target[key] = atomic(plain(value));
  }
}

/** Records by id. */
const byId = (list: readonly JsonRecord[]) => new Map(list.map((r) => [r.id, r]));

/** What differs between two libraries, collection by collection. */
export function countChanges(before: LibraryDocument, after: LibraryDocument): ChangeCount {
  const count = noChangeCount();
  for (const collection of syncedCollections) {
    const old = byId(before[collection]);
    const now = byId(after[collection]);
    for (const [id, record] of now) {
      const was = old.get(id);
      if (!was) count.added[collection]++;
      else if (!same(was, record)) count.changed[collection]++;
    }
    for (const id of old.keys()) if (!now.has(id)) count.removed[collection]++;
  }
  return count;
}

/** A source whose note this writer changed, signed with their key as the note's writer. */
/** Makes a writer's signature of a payload (see signedContent); absent, nothing is signed. */
export type Signer = (payload: string) => string;

function noteSigned(
  collection: SyncedCollection,
  previous: JsonRecord | undefined,
  record: JsonRecord,
  writerKey: string,
  sign: Signer | undefined,
): JsonRecord {
  if (collection !== 'sources') return record;
  const note = (r: JsonRecord | undefined) => (typeof r?.note === 'string' ? r.note : '');
  if (note(previous) === note(record)) return record;
  const { noteBy: _by, noteSig: _sig, ...rest } = record;
  if (!note(record)) return rest;
  const noted = { ...rest, noteBy: writerKey };
  return sign ? { ...noted, noteSig: sign(notePayload(noted)) } : noted;
}

/** A highlight as this writer sends it: theirs, and signed with their key. */
function highlightSigned(record: JsonRecord, writerKey: string, sign: Signer | undefined) {
  const { sig: _old, ...content } = plain(record);
  const mine = { ...content, by: writerKey };
  return sign ? { ...mine, sig: sign(highlightPayload(mine)) } : mine;
}

/**
 * Writes into `d` (the draft of an Automerge change) what the library changed since `base`, the
 * library as the shared document last described it. Highlights the writer adds or changes, and
 * source notes they write, are signed with their key.
 */
export function writeLocalChanges(
  d: SyncDoc,
  base: LibraryDocument,
  local: LibraryDocument,
  writerKey: string,
  sign?: Signer,
): void {
  for (const collection of syncedCollections) {
    const map = d[SYNCED[collection]];
    const stored = (r: JsonRecord) => (collection === 'sources' ? packSource(r) : r);
    const old = byId(base[collection]);
    const now = byId(local[collection]);
    for (const [id, record] of now) {
      const previous = old.get(id);
      if (previous && same(previous, record)) continue;
      const was = previous && stored(previous);
      const signed =
        collection === 'highlights'
          ? highlightSigned(record, writerKey, sign)
          : stored(plain(noteSigned(collection, previous, record, writerKey, sign)));
      const current = map[id];
      if (was && current) assignDiff(current, was, signed);
      else map[id] = atomic(signed) as JsonRecord;
    }
    for (const id of old.keys()) if (!now.has(id)) delete map[id];
  }
  const order = local.themes.map((t) => t.id);
  if (
    !same(
      order,
      base.themes.map((t) => t.id),
    )
  ) {
    d.themeOrder.splice(0, d.themeOrder.length, ...(order.map(atomic) as string[]));
  }
  const dismissedNow = new Map(local.dismissedSuggestions.map((x) => [dismissedKey(x), x]));
  for (const key of Object.keys(d.dismissed)) if (!dismissedNow.has(key)) delete d.dismissed[key];
  for (const [key, x] of dismissedNow)
    if (!d.dismissed[key]) d.dismissed[key] = atomic(plain(x)) as typeof x;
}

/** The id a conflict on the library's rules carries (they are one record, not a collection's). */
export const RULES_ID = 'rules';

/** Every field of every record that concurrent edits left with more than one value. */

export function findConflicts(
  doc: SyncDoc,
  /** When the op that set a value was made (see syncConflicts); absent, times are not given. */
  timeOf?: (opId: string) => string | null,
): SyncConflict[] {
  const found: SyncConflict[] = [];
  const walk = (
    collection: SyncConflict['collection'],
    record: JsonRecord,
    object: Record<string, unknown>,
    path: string[],
  ) => {
    for (const key of Object.keys(object)) {
      const values = A.getConflicts(object as A.Doc<Record<string, unknown>>, key);
      // Who signed a highlight or a note follows the value kept; it is not a choice of its own.
      const signature = path.length === 0 && SIGNATURE_FIELDS.has(key);
      // Two writers who set the same value (as every replica settles a key alike) agree.
      const distinct = values && new Set(Object.values(values).map((v) => canonical(plain(v))));
      if (values && distinct!.size > 1 && !signature) {
        const label = String(record.title ?? record.name ?? record.id);
        found.push({
          collection,
          id: String(record.id),
          label,
          field: [...path, key].join('.'),
          values: Object.values(values).map((v) => plain(v)),
          // A value's op id is COUNTER@ACTOR, and an actor begins with its writer's key (32 hex).
          setBy: Object.keys(values).map((opId) => {
            const actor = opId.slice(opId.indexOf('@') + 1);
            const name = doc.writers?.[actor.slice(0, 32)]?.name;
            return name === undefined ? null : String(name);
          }),
          ...(timeOf ? { setAt: Object.keys(values).map(timeOf) } : {}),
        });
      }
      const child = object[key];
      if (isObject(child) && !(child instanceof Uint8Array))
        walk(collection, record, child, [...path, key]);
    }
  };
  for (const collection of syncedCollections)
    for (const record of Object.values(doc[SYNCED[collection]] ?? {}))
      walk(collection, record, record, []);
  // The library's rules are one record: a part set two ways is a conflict like a field.
  if (doc.rules) {
    const rules = { id: RULES_ID, name: 'the library’s rules' } as JsonRecord;
    const before = found.length;
    walk('rules', rules, doc.rules, []);
    // Only the top-level parts: each is one value (a whole list), never merged inside.
    found.splice(
      before,
      found.length - before,
      ...found.slice(before).filter((c) => !c.field.includes('.')),
    );
  }
  return withoutEchoes(found);
}

const valueSet = (c: SyncConflict) =>
  JSON.stringify([...new Set(c.values.map((v) => String(v).trim()))].sort());

/**
 * A source's title follows its details' title: one edit of it is a conflict on both fields with
 * the same values. It is listed once, as the details' title, which settles both.
 */
function withoutEchoes(found: SyncConflict[]): SyncConflict[] {
  const detailTitles = new Map(
    found
      .filter((c) => c.collection === 'sources' && c.field === 'metadata.title')
      .map((c) => [c.id, valueSet(c)]),
  );
  return found.filter(
    (c) =>
      !(
        c.collection === 'sources' &&
        c.field === 'title' &&
        detailTitles.get(c.id) === valueSet(c)
      ),
  );
}

/** Whether settling a source's details' title also settles its title (see withoutEchoes). */
export function titleFollows(doc: SyncDoc, conflict: SyncConflict): boolean {
  if (conflict.collection !== 'sources' || conflict.field !== 'metadata.title') return false;
  const record = doc.sources[conflict.id];
  if (!record) return false;
  const values = A.getConflicts(record as A.Doc<Record<string, unknown>>, 'title');
  const titles = values
    ? Object.values(values).map((v) => String(plain(v)).trim())
    : [String(record.title).trim()];
  const details = new Set(conflict.values.map((v) => String(v).trim()));
  return titles.every((t) => details.has(t));
}

/**
 * Top-level keys concurrent writes made more than once (two "sources" maps): not a field a
 * writer picks a value for, but a replica that started a document of its own, named so.
 */
export function structuralConflicts(doc: SyncDoc): string[] {
  const found: string[] = [];
  for (const key of Object.keys(doc)) {
    const values = A.getConflicts(doc as A.Doc<SyncDoc>, key);
    if (values && Object.keys(values).length > 1)
      found.push(`the shared library's ${key} was made ${Object.keys(values).length} times`);
  }
  return found;
}
