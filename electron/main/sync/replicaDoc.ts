import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as A from '@automerge/automerge';
import type { SyncDoc } from '../../../shared/sync/syncShape';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import type { WriterRules } from '../../../shared/rules/writerRules';
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
 * What the last finished round left: the library it wrote, the document's heads, the rules and
 * the added styles as they then were, and the conflicts it counted. A round that finds all of
 * them as they were has nothing to send.
 */
export interface RoundEnd {
  library: LibraryDocument;
  heads: string;
  rules: WriterRules;
  styles: string;
  conflicts: number;
}

const rounds = new WeakMap<ArchiveState, RoundEnd>();

export const lastRound = (state: ArchiveState): RoundEnd | undefined => rounds.get(state);

export function rememberRound(state: ArchiveState, end: RoundEnd): void {
  rounds.set(state, end);
}
