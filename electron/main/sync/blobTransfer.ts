import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as z from 'zod/mini';
import { ArchiveError } from '../../../shared/api/errors';
import { writeOnce } from '../library/blobStore';
import { OVER_QUOTA } from './serverQuotas';
import { refusal } from './syncExchange';

/**
 * Texts and originals travel outside the Automerge document, as immutable files named by their
 * sha-256 (`HASH.txt` for a text, `HASH.ext` for an original): on a connection of their own, a
 * replica asks which of its files the server lacks and sends them, then fetches the ones its
 * library names and lacks. Every file is checked against its name on both sides; nothing is
 * ever merged.
 */

export const BLOB_NAME = /^[0-9a-f]{64}(\.[a-z0-9]{1,8})?$/;

/**
 * How many files a replica asks for at once: the server sends what it is asked for without
 * waiting, so asking for a whole library would hold every file in memory before one is stored.
 */
export const FILES_PER_REQUEST = 32;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Whether bytes are what their name says (a text's name is the hash of its UTF-8 text). */
export const blobMatches = (name: string, bytes: Uint8Array) =>
  BLOB_NAME.test(name) && sha256(bytes) === name.slice(0, 64);

const message = z.union([
  z.strictObject({ t: z.literal('lacking?'), names: z.array(z.string()) }),
  z.strictObject({ t: z.literal('lacking'), names: z.array(z.string()) }),
  z.strictObject({ t: z.literal('put'), name: z.string(), data: z.string() }),
  z.strictObject({ t: z.literal('get'), names: z.array(z.string()) }),
  z.strictObject({ t: z.literal('blob'), name: z.string(), data: z.string() }),
  z.strictObject({ t: z.literal('done') }),
]);
type Message = z.infer<typeof message>;

function read(data: WebSocket.RawData): Message | null {
  try {
    const parsed = message.safeParse(JSON.parse(String(data)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The server's side of a blob connection: `dir` holds the library's files. A reader's connection
 * fetches and may not store (`takesFiles` false): it is closed at its first file.
 */
export function serveBlobs(
  socket: WebSocket,
  dir: string,
  options: {
    takesFiles: boolean;
    /** Whether the library has room for a file of so many bytes (counted in when it has). */
    room: (bytes: number) => Promise<boolean>;
    /** What a replica is told when it has not. */
    full: string;
  },
): void {
  const send = (m: Message) => socket.send(JSON.stringify(m));
  let queue = Promise.resolve();
  socket.on('message', (data) => {
    queue = queue.then(async () => {
      const m = read(data);
      if (!m) return socket.close(1003, 'Not a blob message');
      if (m.t === 'lacking?') {
        const lacking = [];
        for (const name of m.names.filter((n) => BLOB_NAME.test(n)))
          if (!(await stat(join(dir, name)).catch(() => null))) lacking.push(name);
        send({ t: 'lacking', names: lacking });
      } else if (m.t === 'put') {
        if (!options.takesFiles)
          return socket.close(4403, 'Refused: a reader’s code sends no files');
        const bytes = Buffer.from(m.data, 'base64');
        if (!blobMatches(m.name, bytes)) return;
        if (await stat(join(dir, m.name)).catch(() => null)) return;
        if (!(await options.room(bytes.length))) return socket.close(OVER_QUOTA, options.full);
        await writeOnce(dir, m.name, bytes);
      } else if (m.t === 'get') {
        for (const name of m.names.filter((n) => BLOB_NAME.test(n))) {
          const bytes = await readFile(join(dir, name)).catch(() => null);
          if (bytes) send({ t: 'blob', name, data: bytes.toString('base64') });
        }
        send({ t: 'done' });
      }
    });
  });
}

/**
 * The replica's side: sends the files of `offer` the server lacks (read by `load`), then fetches
 * `want`, FILES_PER_REQUEST at a time, and hands each checked file to `store`.
 */
export function exchangeBlobs(
  url: string,
  offer: string[],
  load: (name: string) => Promise<Uint8Array | null>,
  want: string[],
  store: (name: string, bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { maxPayload: 512 * 1024 * 1024 });
    const send = (m: Message) => socket.send(JSON.stringify(m));
    let finished = false;
    let queue = Promise.resolve();
    let asked = 0;
    const wanted = new Set(want);
    const askNext = () => {
      send({ t: 'get', names: want.slice(asked, asked + FILES_PER_REQUEST) });
      asked += FILES_PER_REQUEST;
    };
    socket.on('unexpected-response', (_request, response) => {
      reject(refusal(response.statusCode));
      socket.terminate();
    });
    socket.on('error', (error) =>
      reject(
        new ArchiveError('INVALID_INPUT', `The sync server cannot be reached: ${error.message}.`),
      ),
    );
    socket.on('close', (_code, reason) => {
      if (!finished)
        reject(
          new ArchiveError(
            'INVALID_INPUT',
            reason.length
              ? `The sync server closed the connection before the files came: ${reason.toString()}.`
              : 'The sync server closed the connection before the files came.',
          ),
        );
    });
    socket.on('open', () => send({ t: 'lacking?', names: offer }));
    socket.on('message', (data) => {
      queue = queue
        .then(async () => {
          const m = read(data);
          if (m?.t === 'lacking') {
            for (const name of m.names.filter((n) => offer.includes(n))) {
              const bytes = await load(name);
              if (bytes) send({ t: 'put', name, data: Buffer.from(bytes).toString('base64') });
            }
            askNext();
          } else if (m?.t === 'blob') {
            const bytes = Buffer.from(m.data, 'base64');
            if (wanted.has(m.name) && blobMatches(m.name, bytes)) await store(m.name, bytes);
          } else if (m?.t === 'done' && asked < want.length) {
            askNext();
          } else if (m?.t === 'done') {
            finished = true;
            socket.close();
            resolve();
          }
        })
        .catch((error: unknown) => {
          reject(error);
          socket.terminate();
        });
    });
  });
}
