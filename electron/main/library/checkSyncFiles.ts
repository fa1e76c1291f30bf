import { readFile } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/api/errors';
import type { SyncDoc } from '../../../shared/sync/syncShape';
import type { ArchiveState } from '../archive/archiveState';
import { readReplica, replicaPaths } from '../sync/replicaFiles';

/** sync/replica.json and the shared document, if the library is shared: each readable or why not. */
export async function checkSyncFiles(
  state: Pick<ArchiveState, 'files'>,
): Promise<{ file: string; problem: string }[]> {
  const problems: { file: string; problem: string }[] = [];
  try {
    await readReplica(state);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    problems.push({ file: 'sync/replica.json', problem: error.message });
  }
  const saved = await readFile(replicaPaths(state).doc).catch(() => null);
  if (saved) {
    // Automerge loads only for a library that has a shared document to check.
    const A = await import('@automerge/automerge');
    const { structuralConflicts } = await import('../../../shared/sync/syncChanges');
    try {
      const doc = A.load<SyncDoc>(new Uint8Array(saved));
      for (const conflict of structuralConflicts(doc))
        problems.push({
          file: 'sync/replica.automerge',
          problem: `${conflict}: a replica started a document of its own. Move the sync folder of that replica aside and join again with the share code.`,
        });
    } catch (error) {
      problems.push({
        file: 'sync/replica.automerge',
        problem: `it is damaged (${(error as Error).message}). The library itself is as it was. To sync again, move the sync folder aside (for example to sync.damaged) and join again with the share code, or share the library again if you shared it.`,
      });
    }
  }
  return problems;
}
