import { randomUUID } from 'node:crypto';
import { commandLabel } from '../../../shared/history/commandLabels';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import * as A from '@automerge/automerge';
import { ArchiveError } from '../../../shared/api/errors';
import { settleDuplicateKeys, type Rekeyed } from '../../../shared/cite/citationKeys';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import {
  atomic,
  countChanges,
  totalChanges,
  noChangeCount,
  writeLocalChanges,
  type ChangeCount,
} from '../../../shared/sync/syncChanges';
import {
  libraryOfSyncDoc,
  plain,
  SYNCED,
  freshShape,
  type JsonRecord,
} from '../../../shared/sync/syncShape';
import { keepUsedRecords, type KeptRecord } from '../../../shared/sync/keptReferences';
import { writeAtomically } from '../library/blobStore';
import { syncFolder } from '../library/durableFile';
import { faultPoint } from '../library/faultPoints';
import type { ArchiveState } from '../archive/archiveState';
import { exchangeBlobs } from './blobTransfer';
import { conflictCount, forgetDoc, lastRound, loadDoc, rememberRound, saveDoc } from './replicaDoc';
import {
  deletesThemesOrSources,
  editedButDeleted,
  revivedRecord,
  alignedBase,
  unchangedKept,
  usedHereDeletedThere,
  whatWent,
} from './roundMerge';
export { REVIVED_NOTE } from './roundMerge';
import {
  filesToFetch,
  filesToOffer,
  loadFile,
  newSecret,
  newWriter,
  readJoining,
  readReplica,
  replicaPaths,
  storeFile,
  type Replica,
} from './replicaFiles';
import { exchange } from './syncExchange';
import { digestOf } from './serverAccess';
import { readShareCode, shareCode, splitServer, syncUrl } from './syncProtocol';
import { keepWriters } from './writersFile';
import { writerKey } from './writerKey';
import { addedStyleFiles, styleNames, takeSharedRules } from './sharedRulesFiles';
import { rulesOfDoc, writeLocalRules } from '../../../shared/sync/sharedRules';
import { errorWords } from '../../../shared/api/errorWords';

/**
 * A library's replica of its shared document: what it last agreed with the server
 * (sync/replica.automerge) and how to reach it (sync/replica.json). A sync round writes the
 * writer's edits since then into the document, exchanges Automerge sync messages with the
 * server until neither side has anything to send, and writes the merged document back into the
 * library — library first, replica last, so a round cut short is simply done again.
 */

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
  /** Records deleted here that another writer's work uses: kept, with the other's edits. */
  kept?: KeptRecord[];
  /** Sources whose citation key another writer's source had first: each took the next free key. */
  rekeyed?: Rekeyed[];
  /** A reader's replica: its own edits, kept in this library and never sent. */
  keptHere?: number;
  /** What the round took out of this library, named (sources by title, themes by name…). */
  removed?: string[];
  /** The backup taken before the round replaced or removed anything that was here. */
  backup?: string;
}

/** The window's undo step for a round that replaced or removed what was here. */
export const INCOMING_ROUND = commandLabel('the changes another writer’s sync brought');

const emptyReport = (): SyncReport => ({
  came: noChangeCount(),
  went: noChangeCount(),
  conflicts: 0,
  setAside: [],
});

const emptyBase = (local: LibraryDocument): LibraryDocument => ({
  ...local,
  sources: [],
  themes: [],
  highlights: [],
  briefs: [],
  sourceCollections: [],
  dismissedSuggestions: [],
});

interface RoundOptions {
  /** A join: nothing of this library is sent, and the replica is the one given, not yet kept. */
  joining?: Replica;
}

/** One round: the writer's edits out, the others' in, until the server and this replica agree. */
export async function syncOnce(
  state: ArchiveState,
  options: RoundOptions = {},
): Promise<SyncReport> {
  try {
    const report = await round(state, options);
    if (report.interrupted) forgetDoc(state);
    return report;
  } catch (error) {
    // The kept document was changed on the way: the next round starts again from the disk's.
    forgetDoc(state);
    throw error;
  }
}

async function round(state: ArchiveState, options: RoundOptions): Promise<SyncReport> {
  const joining = options.joining !== undefined;
  const replica = options.joining ?? (await readReplica(state));
  if (!replica) {
    if (await readJoining(state))
      throw new ArchiveError(
        'INVALID_INPUT',
        errorWords(
          'A join of a shared library was cut short here: run the same dossier sync join again to finish it. Nothing of the shared library was changed.',
        ),
      );
    throw new ArchiveError(
      'INVALID_INPUT',
      'This library is not shared: dossier sync share ws://HOST:PORT, or join one with dossier sync join.',
    );
  }
  let doc = await loadDoc(state, replica);
  // Only the sharer makes the shared document's top level, once. A replica without the document
  // would start an empty one whose top level competes with the server's: refused instead.
  if (!doc.format && !joining && replica.role !== 'sharer')
    throw new ArchiveError(
      'LIBRARY_UNREADABLE',
      errorWords(
        '{{file}} is missing: this replica cannot sync without its copy of the shared document. Move the sync folder aside (for example to sync.damaged) and join again with the share code.',
        { file: replicaPaths(state).doc },
      ),
    );
  const local = state.store.doc;
  // A reader's code sends nothing: its own edits stay in this library, laid over what comes.
  const reads = replica.role === 'reader';
  const url = replicaUrl(replica);
  const pending = replicaPaths(state).pending;
  // Nothing changed here since the last round agreed with the server: the library is the one it
  // wrote, so it is its own base, and nothing is sent (a round every few seconds in the window
  // costs the exchange, not a reading of the whole document).
  const last = await lastRound(state);
  // The library is the one the last round wrote: the very object in this process, or, read in a
  // process of its own, the same version on disk (which any write moves on, whoever made it).
  const sameLibrary =
    last !== undefined &&
    (last.library === local ||
      (last.library === undefined &&
        last.libraryVersion !== null &&
        last.libraryVersion === state.store.version));
  const quiet =
    !joining &&
    !reads &&
    last !== undefined &&
    sameLibrary &&
    last.rules === JSON.stringify(state.rules.current) &&
    last.heads === A.getHeads(doc).join() &&
    last.styles === (await styleNames(state.files.styles)) &&
    !(await exists(pending));
  // The document as this library can hold it: a record its checks set aside is not one the
  // writer deleted, and is never deleted from the shared library for everyone.
  let base = quiet ? local : doc.format ? libraryOfSyncDoc(doc, local).library : emptyBase(local);
  // The last round wrote the library and was cut short before saving the document: what it
  // brought is in the library and not in the document. See the server's first, so it is not
  // sent back as this writer's.
  if (!joining && !reads && doc.format && (await exists(pending))) {
    doc = await exchange(url, doc);
    base = alignedBase(base, local, libraryOfSyncDoc(doc, local).library);
  }
  const went = joining || reads ? noChangeCount() : countChanges(base, local);
  let kept: KeptRecord[] = [];
  // The sharer makes top-level keys: it first sees whether a round of its own that was cut
  // short made them already, or the server would refuse them made twice.
  if (!joining && replica.role === 'sharer' && (!doc.format || !doc.rules || !doc.styles))
    doc = await exchange(url, doc);
  const baseRules = rulesOfDoc(doc.rules);
  if (!joining && !reads && !quiet) {
    const key = await writerKey(replicaPaths(state).dir);
    const localStyles = await addedStyleFiles(state.files.styles);
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
    // Deleting a theme or a source another writer may be using: see the server's library first,
    // and keep what their work now depends on (their rename with it).
    let toSend = local;
    if (deletesThemesOrSources(base, local)) {
      doc = await exchange(url, doc);
      if (doc.format)
        ({ local: toSend, kept } = keepUsedRecords(
          base,
          local,
          libraryOfSyncDoc(doc, local).library,
        ));
    }
    doc = A.change(doc, { message: `edits by ${replica.writer.name}` }, (d) => {
      if (!d.format && replica.role === 'sharer')
        Object.assign(d, { ...freshShape(''), createdAt: atomic(local.createdAt) });
      writeLocalChanges(d, base, toSend, replica.writer.key, key.sign);
      // A library shared before rules and styles travelled gets them from its sharer.
      if (replica.role === 'sharer') {
        if (!d.rules) d.rules = {};
        if (!d.styles) d.styles = {};
      }
      if (d.rules) writeLocalRules(d.rules, baseRules, state.rules.current);
      if (d.styles)
        for (const [id, xml] of localStyles)
          if (!d.styles[id]) d.styles[id] = atomic(xml) as string;
      const listed = d.writers[replica.writer.key];
      if (
        String(listed?.name ?? '') !== replica.writer.name ||
        String(listed?.publicKey ?? '') !== key.publicKey
      )
        d.writers[replica.writer.key] = atomic({
          name: replica.writer.name,
          publicKey: key.publicKey,
        }) as { name: string; publicKey: string };
    });
  }
  const sent = doc.format && !quiet ? libraryOfSyncDoc(doc, local).library : local;
  doc = await exchange(url, doc);
  if (!doc.format)
    throw new ArchiveError('INVALID_INPUT', 'The sync server has no library with that share code.');
  if (quiet && A.getHeads(doc).join() === last.heads) {
    await saveDoc(state, doc);
    return { ...emptyReport(), conflicts: last.conflicts };
  }
  const keptHere = reads && !joining ? totalChanges(countChanges(base, local)) : 0;
  // What the library is made from: the shared document, and on a reader's replica its own edits
  // over it in a copy that is never sent or stored.
  let shown =
    keptHere > 0
      ? A.change(A.clone(doc), { message: 'kept here only' }, (d) =>
          writeLocalChanges(d, base, local, replica.writer.key),
        )
      : doc;
  // Deleted elsewhere while edited or used here: the edit and the use win, and say so.
  const revived = [
    ...editedButDeleted(base, local, shown),
    ...usedHereDeletedThere(libraryOfSyncDoc(shown, local).library, local),
  ].filter((r, i, all) => all.findIndex((o) => o.record.id === r.record.id) === i);
  // One key, one source, on every replica alike (settleDuplicateKeys decides from shared data).
  const rekeyed = settleDuplicateKeys(libraryOfSyncDoc(shown, local).library.sources);
  if (revived.length || rekeyed.length) {
    // A reader's document stays as the server has it (an Automerge document once changed
    // cannot be used again, so its copy is the one changed).
    const onto = reads && shown === doc ? A.clone(doc) : shown;
    shown = A.change(onto, { message: `kept records and keys (${replica.writer.name})` }, (d) => {
      for (const { collection, record } of revived)
        d[SYNCED[collection]][record.id] = atomic(
          plain(revivedRecord(collection, record, replica)),
        ) as JsonRecord;
      for (const { id, to } of rekeyed) {
        const metadata = d.sources[id]?.metadata as Record<string, unknown> | undefined;
        if (metadata) metadata['citation-key'] = atomic(to);
      }
    });
    if (!reads) shown = doc = await exchange(url, shown);
  }
  const { library: merged, setAside: leftOut } = libraryOfSyncDoc(shown, local);
  const setAside = [...leftOut];
  const want = await filesToFetch(state, merged);
  if (want.length)
    await exchangeBlobs(
      `${url}&files=1`,
      [],
      async () => null,
      want,
      (name, bytes) => storeFile(state, name, bytes),
    );
  faultPoint('sync-before-library');
  await writeAtomically(pending, `${new Date().toISOString()}\n`);
  const next = unchangedKept(local, merged);
  // A round that takes anything that was here is one a writer may want back whole: a backup
  // first, and in the window one undo step. One that only adds needs neither.
  const fromHere = whatWent(local, next);
  const backup = fromHere.replaces ? await state.store.backUp('sync') : null;
  let taken = false;
  const { patch } = await state.store.update((current) => {
    // The writer kept working while the round ran: keep their library as it is now, and leave
    // the replica as it was, so the next round sends those edits and brings this one's again.
    if (current !== local) return current;
    taken = true;
    return next;
  });
  if (!taken) {
    await rm(pending, { force: true });
    return { ...emptyReport(), went: noChangeCount(), interrupted: true };
  }
  if (fromHere.replaces) state.history.record(INCOMING_ROUND, patch);
  // The rules and styles as agreed, written with the library and before the document.
  setAside.push(...(await takeSharedRules(state, baseRules, shown, reads)));
  faultPoint('sync-between-library-and-document');
  await saveDoc(state, doc);
  await rm(pending, { force: true });
  await keepWriters(state.files.dir, plain(doc.writers ?? {}));
  const conflicts = await conflictCount(state, doc);
  await rememberRound(state, {
    library: state.store.doc,
    libraryVersion: state.store.version,
    heads: A.getHeads(doc).join(),
    rules: JSON.stringify(state.rules.current),
    styles: await styleNames(state.files.styles),
    conflicts,
  });
  // Registered: the token is no longer needed, and is not kept in the library folder.
  if (replica.register && !joining) {
    const { register: _register, ...registered } = replica;
    await writeAtomically(replicaPaths(state).replica, `${JSON.stringify(registered, null, 2)}\n`);
  }
  return {
    came: countChanges(sent, merged),
    went,
    conflicts,
    setAside,
    ...(kept.length ? { kept } : {}),
    ...(rekeyed.length ? { rekeyed } : {}),
    ...(keptHere ? { keptHere } : {}),
    ...(fromHere.removed.length ? { removed: fromHere.removed } : {}),
    ...(backup ? { backup } : {}),
  };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The replica's address; a share's first round registers the writer's and reader's codes. */
function replicaUrl(replica: Replica): string {
  const codes = replica.register && replica.codes;
  return syncUrl(
    replica.server,
    replica.library,
    replica.secret,
    replica.register,
    codes ? { writer: digestOf(codes.writer), reader: digestOf(codes.reader) } : {},
  );
}

/** Makes the library a shared one on the server; answers its writer's and reader's codes. */
export async function shareLibrary(
  state: ArchiveState,
  server: string,
  writer: string | undefined,
): Promise<{ code: string; readerCode: string; report: SyncReport }> {
  if (await readReplica(state))
    throw new ArchiveError(
      'INVALID_INPUT',
      'This library is shared already: dossier sync syncs it.',
    );
  const address = splitServer(server);
  const replica: Replica = {
    ...address,
    library: randomUUID(),
    secret: newSecret(),
    writer: newWriter(writer),
    role: 'sharer',
    codes: { writer: newSecret(), reader: newSecret() },
  };
  await mkdir(replicaPaths(state).dir, { recursive: true });
  await writeAtomically(replicaPaths(state).replica, `${JSON.stringify(replica, null, 2)}\n`);
  let report: SyncReport;
  try {
    report = await syncOnce(state);
  } catch (error) {
    // Nothing reached the server: the library is not shared, and sharing it again starts afresh.
    await rm(replicaPaths(state).dir, { recursive: true, force: true });
    throw error;
  }
  return {
    code: shareCode(replica.library, replica.codes!.writer),
    readerCode: shareCode(replica.library, replica.codes!.reader, 'reader'),
    report,
  };
}

/**
 * Makes this (empty) library a replica of a shared one, and brings everything in. Nothing marks
 * the folder as a replica (sync/replica.json) until the whole shared document and every file
 * are stored: a join cut short leaves sync/joining.json, and the same command finishes it.
 */
export async function joinLibrary(
  state: ArchiveState,
  server: string,
  code: string,
  writer: string | undefined,
): Promise<SyncReport> {
  const read = readShareCode(code);
  if (!read) throw new ArchiveError('INVALID_INPUT', `“${code}” is not a share code.`);
  const current = await readReplica(state);
  if (current) return takeNewCode(state, current, read);
  const cut = await readJoining(state);
  if (cut && cut.library !== read.library)
    throw new ArchiveError(
      'INVALID_INPUT',
      `A join of another shared library (${cut.library}) was cut short in this folder: finish it with its own share code, or choose an empty folder with --library.`,
    );
  const { sources, highlights } = state.store.doc;
  // A join cut short after the library was written holds the shared library's records only.
  if (!cut && (sources.length || highlights.length))
    throw new ArchiveError(
      'INVALID_INPUT',
      'A library joins a shared one only when it is new: choose an empty folder with --library.',
    );
  const paths = replicaPaths(state);
  await mkdir(paths.dir, { recursive: true });
  const replica: Replica = cut ?? {
    server: splitServer(server).server,
    library: read.library,
    secret: read.secret,
    writer: newWriter(writer),
    role: read.role === 'reader' ? 'reader' : 'joiner',
  };
  if (!cut) await writeAtomically(paths.joining, `${JSON.stringify(replica, null, 2)}\n`);
  await state.search.leaveForNextSession();
  const report = await syncOnce(state, { joining: replica });
  if (report.interrupted)
    throw new ArchiveError('INVALID_INPUT', 'The join was interrupted: run it again to finish it.');
  // Everything is stored: only now is the folder a replica.
  await rename(paths.joining, paths.replica);
  await syncFolder(paths.dir);
  return report;
}

/**
 * A replica of this library given a new code (the sharer replaced the old one, or gave a
 * writer's code to one that read): the code and its role are kept, and a round runs with it.
 */
async function takeNewCode(
  state: ArchiveState,
  current: Replica,
  read: { library: string; secret: string; role: 'writer' | 'reader' },
): Promise<SyncReport> {
  if (current.library !== read.library)
    throw new ArchiveError(
      'INVALID_INPUT',
      'This library is a replica of another shared library already: dossier sync syncs it.',
    );
  if (current.role === 'sharer')
    throw new ArchiveError(
      'INVALID_INPUT',
      'This library shared the library itself and keeps its own code: dossier sync syncs it.',
    );
  const role = read.role === 'reader' ? 'reader' : 'joiner';
  const next: Replica = { ...current, secret: read.secret, role };
  await writeAtomically(replicaPaths(state).replica, `${JSON.stringify(next, null, 2)}\n`);
  return syncOnce(state);
}
