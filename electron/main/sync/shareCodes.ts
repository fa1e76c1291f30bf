import WebSocket from 'ws';
import { ArchiveError } from '../../../shared/api/errors';
import { writeAtomically } from '../library/blobStore';
import type { ArchiveState } from '../archive/archiveState';
import { newSecret, readReplica, replicaPaths, type Replica } from './replicaFiles';
import { digestOf } from './serverAccess';
import { shareCode, syncUrl } from './syncProtocol';

/**
 * The codes a sharer hands out: one for writers, one for readers. Replacing one withdraws it on
 * the server at once (its open connections close, its next connection is refused) and answers
 * the new one, which the sharer gives to those who should keep access.
 */

export interface ShareCodes {
  writer: string;
  reader: string;
}

async function sharersReplica(
  state: Pick<ArchiveState, 'files'>,
): Promise<Replica & { codes: ShareCodes }> {
  const replica = await readReplica(state);
  if (!replica || replica.role !== 'sharer' || !replica.codes)
    throw new ArchiveError(
      'INVALID_INPUT',
      replica
        ? 'Only the library that shared it holds its codes (this one joined, or was shared before codes had roles).'
        : 'This library is not shared: dossier sync share ws://HOST:PORT.',
    );
  return replica as Replica & { codes: ShareCodes };
}

export async function shareCodes(state: Pick<ArchiveState, 'files'>): Promise<ShareCodes> {
  const { library, codes } = await sharersReplica(state);
  return {
    writer: shareCode(library, codes.writer),
    reader: shareCode(library, codes.reader, 'reader'),
  };
}

/** Withdraws the writer's or reader's code on the server and answers the codes as they now are. */
export async function replaceCode(
  state: Pick<ArchiveState, 'files'>,
  role: 'writer' | 'reader',
): Promise<ShareCodes> {
  const replica = await sharersReplica(state);
  const secret = newSecret();
  await askServer(
    syncUrl(replica.server, replica.library, replica.secret, undefined, {
      replace: role,
      with: digestOf(secret),
    }),
  );
  // Kept only once the server took it: cut off before, the old code still works and the same
  // command replaces it.
  const next = { ...replica, codes: { ...replica.codes, [role]: secret } };
  await writeAtomically(replicaPaths(state).replica, `${JSON.stringify(next, null, 2)}\n`);
  return shareCodes(state);
}

/** One request carried by a connection's address: done when the server closes it as done. */
function askServer(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => {
      socket.terminate();
      reject(
        new ArchiveError(
          'INVALID_INPUT',
          `The sync server did not replace the code (it answered ${response.statusCode}): only the library that shared it can.`,
        ),
      );
    });
    socket.on('error', (error) =>
      reject(
        new ArchiveError('INVALID_INPUT', `The sync server cannot be reached: ${error.message}.`),
      ),
    );
    socket.on('close', (code) =>
      code === 1000
        ? resolve()
        : reject(
            new ArchiveError('INVALID_INPUT', `The sync server closed the request (${code}).`),
          ),
    );
  });
}
