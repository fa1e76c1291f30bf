import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import * as A from '@automerge/automerge';
import { WebSocketServer, type WebSocket } from 'ws';
import { writeAtomically } from '../library/blobStore';
import { IDLE, SYNC_PATH, isDocumentId } from './syncProtocol';
import { persistChanges } from './docFile';
import { serveBlobs } from './blobTransfer';

/**
 * The sync server: it keeps each shared library's Automerge document in its data folder and
 * runs Automerge's sync protocol with every replica that connects with that library's secret.
 * A library is registered by the first replica that shares it; any other secret is refused
 * before the connection opens. It holds no TLS: run it behind a proxy that does (see README).
 */

export interface SyncServer {
  url: string;
  close(): Promise<void>;
}

interface Library {
  doc: A.Doc<unknown>;
  peers: Set<{ socket: WebSocket; state: A.SyncState }>;
  saving: Promise<void>;
}

export const TOP_LEVEL_REFUSED =
  'Refused: the change would replace the shared library itself; only sharing it makes that';

/**
 * Whether the changes between two states of a library's document touch its top level once it
 * had one: only the sharer's first round makes it. A replica that started a blank document of
 * its own (a join cut short) would otherwise make its empty maps compete with the library's, and
 * the one Automerge keeps is a coin toss on the writers' keys.
 */
function touchesTopLevel(doc: A.Doc<unknown>, before: A.Heads, hadTopLevel: boolean): boolean {
  if (!hadTopLevel) return false;
  return A.diff(doc, before, A.getHeads(doc)).some((patch) => patch.path.length === 1);
}

const digest = (secret: string) => createHash('sha256').update(secret).digest();

export async function startSyncServer(options: {
  host?: string;
  port?: number;
  dataDir: string;
  onError?: (error: unknown) => void;
  /** Called as each sync message arrives, before it is answered (for monitoring and tests). */
  onMessage?: (library: string) => void;
}): Promise<SyncServer> {
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true });
  const registryFile = join(dataDir, 'libraries.json');
  const registry: Record<string, string> = JSON.parse(
    await readFile(registryFile, 'utf8').catch(() => '{}'),
  ) as Record<string, string>;

  const libraries = new Map<string, Promise<Library>>();
  // Every change is on disk before it is answered, so the file is the library as last agreed.
  const loadLibraryDoc = async (id: string): Promise<A.Doc<unknown>> => {
    const saved = await readFile(join(dataDir, `${id}.automerge`)).catch(() => null);
    return saved ? A.load(new Uint8Array(saved)) : A.init();
  };
  // The promise is kept, so two replicas connecting at once share one copy of the library.
  const open = (id: string): Promise<Library> => {
    let library = libraries.get(id);
    if (!library) {
      library = loadLibraryDoc(id).then((doc) => ({
        doc,
        peers: new Set(),
        saving: Promise.resolve(),
      }));
      libraries.set(id, library);
    }
    return library;
  };

  /** Whether the request names a library and its secret (registering a library not seen yet). */
  const admit = async (request: IncomingMessage): Promise<string | null> => {
    const url = new URL(request.url ?? '/', 'ws://server');
    const id = url.searchParams.get('library') ?? '';
    const secret = url.searchParams.get('secret') ?? '';
    if (url.pathname !== SYNC_PATH || !isDocumentId(id) || secret.length < 16) return null;
    const known = registry[id];
    if (!known) {
      registry[id] = digest(secret).toString('hex');
      await writeAtomically(registryFile, JSON.stringify(registry, null, 2));
      return id;
    }
    return timingSafeEqual(Buffer.from(known, 'hex'), digest(secret)) ? id : null;
  };

  const sockets = new WebSocketServer({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    maxPayload: 512 * 1024 * 1024,
    verifyClient: (info, done) => {
      void admit(info.req).then(
        (id) => (id ? done(true) : done(false, 401, 'Unknown library or wrong secret')),
        () => done(false, 500),
      );
    },
  });
  await new Promise<void>((resolve) => sockets.once('listening', resolve));

  sockets.on('connection', (socket, request) => {
    const params = new URL(request.url ?? '/', 'ws://server').searchParams;
    const id = params.get('library')!;
    // Texts and originals come and go on a connection of their own, never through the document.
    if (params.get('files') === '1') {
      serveBlobs(socket, join(dataDir, `${id}.files`));
      return;
    }
    const peer = { socket, state: A.initSyncState() };
    // Listening at once: a message that arrives while the library loads waits, not lost.
    let queue: Promise<unknown> = open(id).then((library) => {
      library.peers.add(peer);
      socket.on('close', () => library.peers.delete(peer));
      return library;
    });
    socket.on('message', (data, isBinary) => {
      options.onMessage?.(id);
      queue = queue
        .then(async () => {
          const library = await open(id);
          // One message at a time per library; a change is on disk before it is answered, so
          // a replica never counts as delivered what a restarted server would not have.
          const step = library.saving
            .catch(() => undefined)
            .then(async () => {
              const heads = A.getHeads(library.doc);
              const before = heads.join();
              const hadTopLevel = (library.doc as { format?: unknown }).format !== undefined;
              if (isBinary) {
                const [doc, state] = A.receiveSyncMessage(
                  library.doc,
                  peer.state,
                  new Uint8Array(data as Buffer),
                );
                if (touchesTopLevel(doc, heads, hadTopLevel)) {
                  // Taken back: the library as last stored, before this peer's message.
                  library.doc = await loadLibraryDoc(id);
                  socket.close(4403, TOP_LEVEL_REFUSED);
                  return;
                }
                library.doc = doc;
                peer.state = state;
              }
              if (A.getHeads(library.doc).join() !== before)
                await persistChanges(join(dataDir, `${id}.automerge`), library.doc);
              const [state, message] = A.generateSyncMessage(library.doc, peer.state);
              peer.state = state;
              socket.send(message ?? IDLE);
            });
          library.saving = step;
          await step;
        })
        .catch((error: unknown) => {
          // One peer's bad message ends its connection, not the library's queue.
          options.onError?.(error);
          socket.close(1011, 'The server could not take that message');
        });
    });
  });

  const address = sockets.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `ws://${options.host ?? '127.0.0.1'}:${port}`,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      const open = await Promise.all(libraries.values());
      await Promise.all(open.map((l) => l.saving.catch(() => undefined)));
    },
  };
}
