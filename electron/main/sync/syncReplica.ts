import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as A from '@automerge/automerge';
import WebSocket from 'ws';
import * as z from 'zod/mini';
import { ArchiveError } from '../../../shared/api/errors';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import { checkRecord, type RecordCollection } from '../../../shared/model/libraryRecords';
import {
  countChanges,
  findConflicts,
  atomic,
  noChangeCount,
  totalChanges,
  writeLocalChanges,
  type ChangeCount,
  type SyncConflict,
} from '../../../shared/sync/syncChanges';
import {
  libraryOfSyncDoc,
  packSource,
  PACKED_SOURCE_FIELDS,
  plain,
  SYNC_FORMAT,
  SYNCED,
  syncedCollections,
  type JsonRecord,
  type SyncDoc,
  type SyncedCollection,
} from '../../../shared/sync/syncShape';
import { writeAtomically, writeOnce } from '../library/blobStore';
import type { ArchiveState } from '../archive/archiveState';
import { IDLE, readShareCode, shareCode, syncUrl } from './syncProtocol';
import { persistChanges } from './docFile';
import { exchangeBlobs } from './blobTransfer';
import { writeWriters } from './writersFile';

/**
 * A library's replica of its shared document: what it last agreed with the server
 * (sync/replica.automerge) and how to reach it (sync/replica.json). A sync round writes the
 * writer's edits since then into the document, exchanges Automerge sync messages with the
 * server until neither side has anything to send, and writes the merged document back into the
 * library — library first, replica last, so a round cut short is simply done again.
 */

const replicaSchema = z.strictObject({
  server: z.string(),
  library: z.string(),
  secret: z.string(),
  writer: z.strictObject({ key: z.string().check(z.regex(/^[0-9a-f]{32}$/)), name: z.string() }),
});
type Replica = z.infer<typeof replicaSchema>;

export interface SyncReport {
  /** What the server's side brought into this library. */
  came: ChangeCount;
  /** What this library's edits since the last sync sent. */
  went: ChangeCount;
  conflicts: number;
  /** Records from the server that failed the library's checks: left out, with why. */
  setAside: string[];
  /** The library changed while the round ran; it is done again. */
  interrupted?: boolean;
}

const emptyReport = (): SyncReport => ({
  came: noChangeCount(),
  went: noChangeCount(),
  conflicts: 0,
  setAside: [],
});

/** Edits made since the last round, not yet sent; null when the library is not shared. */
export async function pendingChanges(state: ArchiveState): Promise<number | null> {
  const replica = await readReplica(state);
  if (!replica) return null;
  const doc = await loadDoc(state, replica);
  const local = state.store.doc;
  return doc.format ? totalChanges(countChanges(libraryOfSyncDoc(doc, local), local)) : 0;
}

export async function isShared(state: ArchiveState): Promise<boolean> {
  return (await readReplica(state)) !== null;
}

const paths = (state: ArchiveState) => {
  const dir = join(state.files.dir, 'sync');
  return {
    dir,
    replica: join(dir, 'replica.json'),
    doc: join(dir, 'replica.automerge'),
  };
};

async function readReplica(state: ArchiveState): Promise<Replica | null> {
  const raw = await readFile(paths(state).replica, 'utf8').catch(() => null);
  if (raw === null) return null;
  const parsed = replicaSchema.safeParse(JSON.parse(raw));
  if (!parsed.success)
    throw new ArchiveError(
      'LIBRARY_UNREADABLE',
      `${paths(state).replica} is damaged (${parsed.error.issues[0]?.message}); share or join again.`,
    );
  return parsed.data;
}

async function loadDoc(state: ArchiveState, replica: Replica): Promise<A.Doc<SyncDoc>> {
  const saved = await readFile(paths(state).doc).catch(() => null);
  return saved
    ? A.load<SyncDoc>(new Uint8Array(saved), { actor: replica.writer.key as A.ActorId })
    : A.init<SyncDoc>({ actor: replica.writer.key as A.ActorId });
}

function newWriter(name: string | undefined) {
  return { key: randomBytes(16).toString('hex'), name: name?.trim() || 'A writer' };
}

/** Exchanges sync messages with the server until both sides have nothing more to send. */
function exchange(url: string, doc: A.Doc<SyncDoc>): Promise<A.Doc<SyncDoc>> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { maxPayload: 512 * 1024 * 1024 });
    let state = A.initSyncState();
    let current = doc;
    const send = () => {
      const [next, message] = A.generateSyncMessage(current, state);
      state = next;
      socket.send(message ?? IDLE);
      return message;
    };
    socket.on('unexpected-response', (_request, response) => {
      reject(
        new ArchiveError(
          'INVALID_INPUT',
          response.statusCode === 401
            ? 'The sync server refused this library: the share code’s secret is not the one it was shared with.'
            : `The sync server answered ${response.statusCode}.`,
        ),
      );
      socket.terminate();
    });
    socket.on('error', (error) =>
      reject(
        new ArchiveError('INVALID_INPUT', `The sync server cannot be reached: ${error.message}.`),
      ),
    );
    socket.on('open', () => void send());
    // Closed before both sides agreed: the round did not finish (it is done again next time).
    socket.on('close', () =>
      reject(
        new ArchiveError(
          'INVALID_INPUT',
          'The sync server closed the connection before the sync finished.',
        ),
      ),
    );
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        [current, state] = A.receiveSyncMessage(current, state, new Uint8Array(data as Buffer));
      }
      const [next, message] = A.generateSyncMessage(current, state);
      state = next;
      if (!isBinary && !message) {
        socket.close();
        resolve(current);
        return;
      }
      socket.send(message ?? IDLE);
    });
  });
}

const emptyBase = (local: LibraryDocument): LibraryDocument => ({
  ...local,
  sources: [],
  themes: [],
  highlights: [],
  briefs: [],
  sourceCollections: [],
  dismissedSuggestions: [],
});

/** The merged library, each record checked as one read from disk is; failures left out. */
function checkedLibrary(doc: A.Doc<SyncDoc>, local: LibraryDocument) {
  const merged = libraryOfSyncDoc(doc, local);
  const setAside: string[] = [];
  for (const collection of syncedCollections) {
    const kept = (merged[collection] as unknown[]).filter((record) => {
      const checked = checkRecord(collection as RecordCollection, record);
      if (!checked.ok)
        setAside.push(`${collection} ${(record as { id?: string }).id ?? '?'}: ${checked.reason}`);
      return checked.ok;
    });
    (merged as unknown as Record<string, unknown>)[collection] = kept;
  }
  return { merged, setAside };
}

/** The names of a library's texts and originals, as they travel (HASH.txt, HASH.ext). */
const textName = (hash: string) => `${hash}.txt`;

/** Sources' files this library has that the server may lack: those of sources new since `base`. */
function filesToOffer(base: LibraryDocument, local: LibraryDocument): string[] {
  const known = new Set(base.sources.map((s) => s.id));
  return local.sources
    .filter((s) => !known.has(s.id))
    .flatMap((s) => [textName(s.textHash), s.original]);
}

/** Files the merged library names that this library folder lacks. */
async function filesToFetch(state: ArchiveState, library: LibraryDocument): Promise<string[]> {
  const wanted: string[] = [];
  const has = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );
  for (const source of library.sources) {
    if (!(await has(join(state.files.texts, textName(source.textHash)))))
      wanted.push(textName(source.textHash));
    if (!(await has(join(state.files.originals, source.original)))) wanted.push(source.original);
  }
  return wanted;
}

async function loadFile(state: ArchiveState, name: string): Promise<Uint8Array | null> {
  const dir =
    name.endsWith('.txt') && name.length === 68 ? state.files.texts : state.files.originals;
  return readFile(join(dir, name)).catch(() => null);
}

/** A file that came, already checked against its name, stored where the library keeps it. */
async function storeFile(state: ArchiveState, name: string, bytes: Uint8Array): Promise<void> {
  if (name.endsWith('.txt') && name.length === 68) {
    const text = new TextDecoder().decode(bytes);
    state.texts.set(name.slice(0, 64), text);
    await writeOnce(state.files.texts, name, text);
  } else await writeOnce(state.files.originals, name, bytes);
}

/** One round: the writer's edits out, the others' in, until the server and this replica agree. */
export async function syncOnce(
  state: ArchiveState,
  { joining = false }: { joining?: boolean } = {},
): Promise<SyncReport> {
  const replica = await readReplica(state);
  if (!replica)
    throw new ArchiveError(
      'INVALID_INPUT',
      'This library is not shared: dossier sync share ws://HOST:PORT, or join one with dossier sync join.',
    );
  let doc = await loadDoc(state, replica);
  const local = state.store.doc;
  const base = doc.format ? libraryOfSyncDoc(doc, local) : emptyBase(local);
  const went = joining ? noChangeCount() : countChanges(base, local);
  const url = syncUrl(replica.server, replica.library, replica.secret);
  if (!joining) {
    // The files first: a replica that gets the records can always get their texts.
    const offer = filesToOffer(base, local);
    if (offer.length)
      await exchangeBlobs(
        `${url}&files=1`,
        offer,
        (name) => loadFile(state, name),
        [],
        async () => {},
      );
    doc = A.change(doc, { message: `edits by ${replica.writer.name}` }, (d) => {
      if (!d.format) Object.assign(d, { ...freshShape(''), createdAt: atomic(local.createdAt) });
      writeLocalChanges(d, base, local, replica.writer.key);
      if (String(d.writers[replica.writer.key]?.name ?? '') !== replica.writer.name)
        d.writers[replica.writer.key] = atomic({ name: replica.writer.name }) as { name: string };
    });
  }
  const sent = doc.format ? libraryOfSyncDoc(doc, local) : local;
  doc = await exchange(url, doc);
  if (!doc.format)
    throw new ArchiveError('INVALID_INPUT', 'The sync server has no library with that share code.');
  // Deleted elsewhere while edited here: the edit wins, and says what happened.
  const revived = editedButDeleted(base, local, doc);
  if (revived.length) {
    doc = A.change(doc, { message: `kept edited records (${replica.writer.name})` }, (d) => {
      for (const { collection, record } of revived)
        d[SYNCED[collection]][record.id] = atomic(
          plain(revivedRecord(collection, record, replica)),
        ) as JsonRecord;
    });
    doc = await exchange(url, doc);
  }
  const { merged, setAside } = checkedLibrary(doc, local);
  const want = await filesToFetch(state, merged);
  if (want.length)
    await exchangeBlobs(
      `${url}&files=1`,
      [],
      async () => null,
      want,
      (name, bytes) => storeFile(state, name, bytes),
    );
  let taken = false;
  await state.store.update((current) => {
    // The writer kept working while the round ran: keep their library as it is now, and leave
    // the replica as it was, so the next round sends those edits and brings this one's again.
    if (current !== local) return current;
    taken = true;
    return merged;
  });
  if (!taken) return { ...emptyReport(), went: noChangeCount(), interrupted: true };
  await persistChanges(paths(state).doc, doc);
  await writeWriters(state.files.dir, plain(doc.writers ?? {}));
  return {
    came: countChanges(sent, merged),
    went,
    conflicts: findConflicts(doc).length,
    setAside,
  };
}

/** The note a record brought back carries, so the writer who deleted it knows why it is there. */
export const REVIVED_NOTE =
  'Deleted on another machine while it was edited here; kept with the edit.';

/** Records this replica changed since the last round that the merged document no longer has. */
function editedButDeleted(base: LibraryDocument, local: LibraryDocument, doc: A.Doc<SyncDoc>) {
  const revived: { collection: SyncedCollection; record: JsonRecord }[] = [];
  for (const collection of syncedCollections) {
    const before = new Map(base[collection].map((r) => [r.id, JSON.stringify(r)]));
    for (const record of local[collection] as unknown as JsonRecord[]) {
      const was = before.get(record.id);
      if (was === undefined || was === JSON.stringify(record)) continue;
      if (!doc[SYNCED[collection]]?.[record.id]) revived.push({ collection, record });
    }
  }
  return revived;
}

function revivedRecord(collection: SyncedCollection, record: JsonRecord, replica: Replica) {
  if (collection === 'sources') return packSource(record);
  if (collection !== 'highlights') return record;
  const note = typeof record.note === 'string' && record.note.trim() ? `${record.note}\n\n` : '';
  return { ...record, note: `${note}${REVIVED_NOTE}`, by: replica.writer.key };
}

function freshShape(createdAt: string): SyncDoc {
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

/** Makes the library a shared one on the server; answers its share code. */
export async function shareLibrary(
  state: ArchiveState,
  server: string,
  writer: string | undefined,
): Promise<{ code: string; report: SyncReport }> {
  if (await readReplica(state))
    throw new ArchiveError(
      'INVALID_INPUT',
      'This library is shared already: dossier sync syncs it.',
    );
  const replica: Replica = {
    server,
    library: randomUUID(),
    secret: randomBytes(24).toString('base64url'),
    writer: newWriter(writer),
  };
  await mkdir(paths(state).dir, { recursive: true });
  await writeAtomically(paths(state).replica, `${JSON.stringify(replica, null, 2)}\n`);
  const report = await syncOnce(state);
  return { code: shareCode(replica.library, replica.secret), report };
}

/** Makes this (empty) library a replica of a shared one, and brings everything in. */
export async function joinLibrary(
  state: ArchiveState,
  server: string,
  code: string,
  writer: string | undefined,
): Promise<SyncReport> {
  const read = readShareCode(code);
  if (!read) throw new ArchiveError('INVALID_INPUT', `“${code}” is not a share code.`);
  if (await readReplica(state))
    throw new ArchiveError(
      'INVALID_INPUT',
      'This library is a replica already: dossier sync syncs it.',
    );
  const { sources, highlights } = state.store.doc;
  if (sources.length || highlights.length)
    throw new ArchiveError(
      'INVALID_INPUT',
      'A library joins a shared one only when it is new: choose an empty folder with --library.',
    );
  await mkdir(paths(state).dir, { recursive: true });
  const replica: Replica = { server, ...read, writer: newWriter(writer) };
  await writeAtomically(paths(state).replica, `${JSON.stringify(replica, null, 2)}\n`);
  try {
    return await syncOnce(state, { joining: true });
  } catch (error) {
    // Nothing came: the folder is not left half a replica.
    const { rm } = await import('node:fs/promises');
    await rm(paths(state).dir, { recursive: true, force: true });
    throw error;
  }
}

/** What concurrent edits left with two values, for the writer to pick from. */
export async function syncConflicts(state: ArchiveState): Promise<SyncConflict[]> {
  const replica = await readReplica(state);
  if (!replica) return [];
  return findConflicts(await loadDoc(state, replica));
}

/**
 * Settles a conflict with the value the writer picked: written into the shared document as a
 * new change (which replaces every concurrent value) and into the library's record, leaving
 * the writer's other unsent edits as they are.
 */
export async function resolveConflict(
  state: ArchiveState,
  index: number,
  choice: number,
): Promise<SyncConflict[]> {
  const replica = await readReplica(state);
  if (!replica) throw new ArchiveError('NOT_FOUND', 'This library is not shared.');
  let doc = await loadDoc(state, replica);
  const conflict = findConflicts(doc)[index];
  if (!conflict) throw new ArchiveError('NOT_FOUND', `There is no conflict ${index + 1}.`);
  if (!(choice in conflict.values))
    throw new ArchiveError('NOT_FOUND', `That conflict has ${conflict.values.length} values.`);
  const value = plain(conflict.values[choice]);
  // A source's layout is one JSON value in the document, and a list in the library.
  const inLibrary =
    conflict.collection === 'sources' &&
    (PACKED_SOURCE_FIELDS as readonly string[]).includes(conflict.field) &&
    typeof value === 'string'
      ? (JSON.parse(value) as unknown)
      : value;
  const path = conflict.field.split('.');
  const last = path.pop()!;
  const within = (record: Record<string, unknown>) =>
    path.reduce((at, key) => at[key] as Record<string, unknown>, record);
  doc = A.change(doc, { message: `conflict settled by ${replica.writer.name}` }, (d) => {
    within(d[SYNCED[conflict.collection]][conflict.id]!)[last] = atomic(value);
  });
  await state.store.update((current) => ({
    ...current,
    [conflict.collection]: (current[conflict.collection] as unknown as JsonRecord[]).map((r) => {
      if (r.id !== conflict.id) return r;
      const copy = plain(r);
      within(copy)[last] = inLibrary;
      return copy;
    }),
  }));
  await persistChanges(paths(state).doc, doc);
  return findConflicts(doc);
}
