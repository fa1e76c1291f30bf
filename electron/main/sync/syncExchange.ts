import * as A from '@automerge/automerge';
import WebSocket from 'ws';
import { ArchiveError } from '../../../shared/api/errors';
import type { SyncDoc } from '../../../shared/sync/syncShape';
import { CODE_WITHDRAWN, IDLE, TOP_LEVEL_REFUSED } from './syncProtocol';
import { errorWords } from '../../../shared/api/errorWords';

/** What a replica is told when the server refuses its connection, by the status it answered. */
export function refusal(status: number | undefined): ArchiveError {
  return new ArchiveError(
    'INVALID_INPUT',
    status === 401
      ? errorWords(
          'The sync server refused this library’s code: it is not one the library was shared with, or the sharer has replaced it. Ask the sharer for a current code (dossier sync codes) and give it here with dossier sync join SERVER CODE.',
        )
      : status === 403
        ? errorWords(
            'The sync server takes a new library only with its registration token: share with the address dossier sync serve printed (ws://HOST:PORT/?register=…).',
          )
        : errorWords('The sync server answered {{status}}.', { status: String(status) }),
  );
}

/** Exchanges sync messages with the server until both sides have nothing more to send. */
export function exchange(url: string, doc: A.Doc<SyncDoc>): Promise<A.Doc<SyncDoc>> {
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
      reject(refusal(response.statusCode));
      socket.terminate();
    });
    socket.on('error', (error) =>
      reject(
        new ArchiveError(
          'INVALID_INPUT',
          errorWords('The sync server cannot be reached: {{why}}.', { why: error.message }),
        ),
      ),
    );
    socket.on('open', () => void send());
    // Closed before both sides agreed: the round did not finish (it is done again next time).
    socket.on('close', (code, reason) =>
      reject(
        new ArchiveError(
          'INVALID_INPUT',
          code === 4403
            ? reason.toString() === TOP_LEVEL_REFUSED
              ? errorWords(
                  "The sync server refused this replica's changes ({{why}}). Nothing was sent and this library is as it was; move its sync folder aside and join again with the share code.",
                  { why: reason.toString() },
                )
              : errorWords(
                  "The sync server refused this replica's changes ({{why}}). Nothing was sent and this library is as it was.",
                  { why: reason.toString() },
                )
            : code === CODE_WITHDRAWN
              ? errorWords(
                  'The sharer replaced the code this library syncs with while it synced: ask them for a current code and give it here with dossier sync join SERVER CODE.',
                )
              : reason.length
                ? errorWords(
                    'The sync server closed the connection before the sync finished: {{why}}.',
                    { why: reason.toString() },
                  )
                : errorWords('The sync server closed the connection before the sync finished.'),
        ),
      ),
    );
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        try {
          [current, state] = A.receiveSyncMessage(current, state, new Uint8Array(data as Buffer));
        } catch (error) {
          // A message this document cannot take ends the round with why, never a wait forever.
          socket.terminate();
          reject(
            new ArchiveError(
              'INVALID_INPUT',
              errorWords(
                "The sync server sent what this replica's document cannot take ({{why}}). Nothing was changed here.",
                { why: (error as Error).message },
              ),
            ),
          );
          return;
        }
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
