import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as A from '@automerge/automerge';
import type { SyncDoc } from '../../../shared/sync/syncShape';
import { findConflicts } from '../../../shared/sync/syncChanges';
import * as z from 'zod/mini';
import { writeAtomically } from '../library/blobStore';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import type { ArchiveState } from '../archive/archiveState';
import { persistChanges } from './docFile';
import { damagedSyncFile, replicaPaths, type Replica } from './replicaFiles';

/**
 * The replica's shared document, kept in memory by the process that has the library open once
 * it has been read: a window syncing every few seconds reads and parses it from disk once, not
 * every round.
 */
const kept = new WeakMap<ArchiveState, A.Doc<SyncDoc>>();

/**
 * The Automerge actor of this reading of the document: the writer's key and a few random bytes.
 * A round cut short after it sent its changes and before it saved them (a kill, a power cut)
 * makes its next changes under a new actor, never again under numbers the server already has
 * (which it would refuse for good). The writer is the actor's first 32 characters.
 */
const sessionActor = (replica: Replica) =>
  `${replica.writer.key}${randomBytes(4).toString('hex')}` as A.ActorId;

export async function loadDoc(state: ArchiveState, replica: Replica): Promise<A.Doc<SyncDoc>> {
  const cached = kept.get(state);
  if (cached) return cached;
  const saved = await readFile(replicaPaths(state).doc).catch(() => null);
  if (!saved) return A.init<SyncDoc>({ actor: sessionActor(replica) });
  try {
    return A.load<SyncDoc>(new Uint8Array(saved), { actor: sessionActor(replica) });
  } catch (error) {
    throw damagedSyncFile(replicaPaths(state).doc, (error as Error).message);
  }
}

/** The document as the replica now agrees it: on disk first, then the one kept in memory. */
export async function saveDoc(state: ArchiveState, doc: A.Doc<SyncDoc>): Promise<void> {
  await persistChanges(replicaPaths(state).doc, doc);
  kept.set(state, doc);
}

/** Forgets the kept document (a join that failed leaves no replica behind). */
export function forgetDoc(state: ArchiveState): void {
  kept.delete(state);
  rounds.delete(state);
}

/**
 * What the last finished round left: the library it wrote (in this process) and that library's
 * version on disk, the document's heads, the rules (as JSON) and the added styles as they then
 * were, and the conflicts it counted. A round that finds all of them as they were has nothing to
 * send. Kept in memory and in sync/round.json, so a command in a process of its own (dossier
 * sync) knows it too.
 */
export interface RoundEnd {
  library?: LibraryDocument;
  libraryVersion: number | null;
  heads: string;
  rules: string;
  styles: string;
  conflicts: number;
}

const StoredRoundEnd = z.strictObject({
  libraryVersion: z.nullable(z.int()),
  heads: z.string(),
  rules: z.string(),
  styles: z.string(),
  conflicts: z.int().check(z.gte(0)),
});

const rounds = new WeakMap<ArchiveState, RoundEnd>();

export async function lastRound(state: ArchiveState): Promise<RoundEnd | undefined> {
  const kept = rounds.get(state);
  if (kept) return kept;
  const raw = await readFile(replicaPaths(state).round, 'utf8').catch(() => null);
  if (raw === null) return undefined;
  try {
    const stored = StoredRoundEnd.safeParse(JSON.parse(raw));
    return stored.success ? stored.data : undefined;
  } catch {
    // Not JSON: as if no round had ended, so the next one compares everything.
    return undefined;
  }
}

export async function rememberRound(state: ArchiveState, end: RoundEnd): Promise<void> {
  rounds.set(state, end);
  const { library: _library, ...stored } = end;
  await writeAtomically(replicaPaths(state).round, JSON.stringify(stored));
}

/**
 * How many conflicts the document holds. Counting walks every field of every record (about half
 * of a quiet round on 1,000 sources), and the count follows from the document alone: the last
 * round's count stands while the heads it was counted at do.
 */
export async function conflictCount(state: ArchiveState, doc: A.Doc<SyncDoc>): Promise<number> {
  const last = await lastRound(state);
  if (last?.heads === A.getHeads(doc).join()) return last.conflicts;
  return findConflicts(doc).length;
}
