import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import * as A from '@automerge/automerge';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  CODE_WITHDRAWN,
  IDLE,
  READER_REFUSED,
  TOP_LEVEL_REFUSED,
  MAX_DOC_FRAME,
  MAX_FILE_FRAME,
  SYNC_PATH,
  isDocumentId,
} from './syncProtocol';
import { persistChanges } from './docFile';
import { serveBlobs } from './blobTransfer';
import {
  DEFAULT_QUOTAS,
  LibraryUsage,
  OVER_QUOTA,
  overQuota,
  TOO_MANY_CONNECTIONS,
  type Quotas,
} from './serverQuotas';
import { digestOf, isDigest, openServerAccess, type AccessRole } from './serverAccess';
import { LATER_TOP_LEVEL } from '../../../shared/sync/syncShape';

/**
 * The sync server: it keeps each shared library's Automerge document in its data folder and
 * runs Automerge's sync protocol with every replica that connects with one of that library's
 * codes. A library is registered by the share that carries the server's registration token;
 * any other secret is refused before the connection opens, and a reader's code may not change
 * the library. It holds no TLS: run it behind a proxy that does (see README).
 */

export interface SyncServer {
  url: string;
  /** The address with the registration token: what `dossier sync share` is given. */
  shareUrl: string;
  close(): Promise<void>;
}

interface Library {
  doc: A.Doc<unknown>;
  peers: Set<{ socket: WebSocket; state: A.SyncState }>;
  saving: Promise<void>;
}

interface Admitted {
  id: string;
  role: AccessRole;
  /** The digest of the code the connection came with: replacing that code closes it. */
  digest: string;
}

/**
 * Whether the changes between two states of a library's document touch its top level once it
 * had one: only the sharer's first round makes it. A replica that started a blank document of
 * its own (a join cut short) would otherwise make its empty maps compete with the library's, and
 * the one Automerge keeps is a coin toss on the writers' keys.
 */
function touchesTopLevel(
  doc: A.Doc<unknown>,
  before: A.Heads,
  hadKeys: Set<string>,
  role: AccessRole,
): boolean {
  if (!hadKeys.has('format')) return false;
  return A.diff(doc, before, A.getHeads(doc)).some(
    (patch) =>
      patch.path.length === 1 &&
      // The sharer adds a key the document's first shape did not have (rules, styles), once.
      !(
        role === 'owner' &&
        patch.action === 'put' &&
        (LATER_TOP_LEVEL as readonly string[]).includes(String(patch.path[0])) &&
        !hadKeys.has(String(patch.path[0]))
      ),
  );
}

/** Equal without telling by its timing how much of it was right. */
function sameSecret(given: string, known: string): boolean {
  const a = digest(given);
  const b = digest(known);
  return given.length > 0 && timingSafeEqual(a, b);
}

/**
 * The token a share needs to register a new library on this server (any writer with a library's
 * share code can sync it; not anyone who can reach the port can park data here). Made once and
 * kept in the data folder, so the address printed for sharing stays the same across restarts.
 */
async function registrationToken(dataDir: string): Promise<string> {
  const file = join(dataDir, 'registration.token');
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (kept.length >= 16) return kept;
  const token = randomBytes(18).toString('base64url');
  await writeFile(file, token, { mode: 0o600 });
  return token;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest();

export async function startSyncServer(options: {
  host?: string;
  port?: number;
  dataDir: string;
  onError?: (error: unknown) => void;
  /** Called as each sync message arrives, before it is answered (for monitoring and tests). */
  onMessage?: (library: string) => void;
  quotas?: Partial<Quotas>;
}): Promise<SyncServer> {
  const { dataDir } = options;
  const usage = new LibraryUsage(dataDir, { ...DEFAULT_QUOTAS, ...options.quotas });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const token = await registrationToken(dataDir);
  const access = await openServerAccess(join(dataDir, 'libraries.json'));
  // Every open connection by the code it came with, so a code replaced stops working at once.
  const byCode = new Map<string, Set<WebSocket>>();

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

  /**
   * Who the request is: a library, the role its code gives, and that code's digest; registering
   * a library not seen yet (with the writer's and reader's codes' digests the share sends), or
   * replacing one of its codes when the owner asks.
   */
  const admit = async (request: IncomingMessage): Promise<Admitted | null | 'needs-token'> => {
    const url = new URL(request.url ?? '/', 'ws://server');
    const params = url.searchParams;
    const id = params.get('library') ?? '';
    const secret = params.get('secret') ?? '';
    if (url.pathname !== SYNC_PATH || !isDocumentId(id) || secret.length < 16) return null;
    const digest = digestOf(secret);
    if (!access.known(id)) {
      // Only a share made with this server's registration token makes a new library here.
      if (!sameSecret(params.get('register') ?? '', token)) return 'needs-token';
      const others = { writer: params.get('writer') ?? '', reader: params.get('reader') ?? '' };
      await access.register(id, digest, {
        ...(isDigest(others.writer) ? { writer: others.writer } : {}),
        ...(isDigest(others.reader) ? { reader: others.reader } : {}),
      });
      return { id, role: 'owner', digest };
    }
    const role = access.roleOf(id, secret);
    if (!role) return null;
    const replace = params.get('replace');
    const next = params.get('with') ?? '';
    if (replace !== null) {
      if (role !== 'owner' || (replace !== 'writer' && replace !== 'reader') || !isDigest(next))
        return null;
      const old = await access.replace(id, replace, next);
      for (const socket of (old && byCode.get(old)) || [])
        socket.close(CODE_WITHDRAWN, 'The sharer replaced this share code');
    }
    return { id, role, digest };
  };
  // Past a frame's limit ws closes the connection (1009) and lets its buffer go.
  const sockets = new WebSocketServer({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    maxPayload: MAX_FILE_FRAME,
    verifyClient: (info, done) => {
      void admit(info.req).then(
        (who) => {
          if (who === 'needs-token')
            return done(false, 403, 'A new library needs the registration token');
          if (!who) return done(false, 401, 'Unknown library or wrong secret');
          admitted.set(info.req, who);
          done(true);
        },
        () => done(false, 500),
      );
    },
  });
  const admitted = new WeakMap<IncomingMessage, Admitted>();
  await new Promise<void>((resolve) => sockets.once('listening', resolve));

  sockets.on('connection', (socket, request) => {
    const params = new URL(request.url ?? '/', 'ws://server').searchParams;
    const { id, role, digest } = admitted.get(request)!;
    if (!usage.connect(id)) {
      socket.close(TOO_MANY_CONNECTIONS, 'Too many connections to this library at once');
      return;
    }
    socket.on('close', () => usage.disconnect(id));
    const same = byCode.get(digest) ?? new Set();
    byCode.set(digest, same.add(socket));
    socket.on('close', () => {
      same.delete(socket);
      if (!same.size) byCode.delete(digest);
    });
    // A code replaced: the owner's request is done once the connection opens.
    if (params.has('replace')) {
      socket.close(1000, 'replaced');
      return;
    }
    // Texts and originals come and go on a connection of their own, never through the document.
    if (params.get('files') === '1') {
      serveBlobs(socket, join(dataDir, `${id}.files`), {
        takesFiles: role !== 'reader',
        room: (bytes) => usage.take(id, bytes),
        full: overQuota(usage.quotas.bytesPerLibrary),
      });
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
      if ((data as Buffer).length > MAX_DOC_FRAME) {
        socket.close(1009, 'A sync message over the limit');
        return;
      }
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
              const hadKeys = new Set(Object.keys(library.doc as object));
              if (isBinary) {
                const [doc, state] = A.receiveSyncMessage(
                  library.doc,
                  peer.state,
                  new Uint8Array(data as Buffer),
                );
                const grows = A.getHeads(doc).join() !== before;
                const refused =
                  role === 'reader' && grows
                    ? READER_REFUSED
                    : touchesTopLevel(doc, heads, hadKeys, role)
                      ? TOP_LEVEL_REFUSED
                      : null;
                const roomless =
                  grows && !refused && !(await usage.take(id, (data as Buffer).length));
                if (refused || roomless) {
                  // Taken back: the library as last stored, before this peer's message.
                  library.doc = await loadLibraryDoc(id);
                  if (refused) socket.close(4403, refused);
                  else socket.close(OVER_QUOTA, overQuota(usage.quotas.bytesPerLibrary));
                  return;
                }
                library.doc = doc;
                peer.state = state;
              }
              if (A.getHeads(library.doc).join() !== before) {
                const written = (await stat(usage.docPath(id)).catch(() => null))?.size ?? 0;
                await persistChanges(usage.docPath(id), library.doc);
                await usage.documentWritten(id, written);
              }
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
  const url = `ws://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    url,
    shareUrl: `${url}/?register=${token}`,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      const open = await Promise.all(libraries.values());
      await Promise.all(open.map((l) => l.saving.catch(() => undefined)));
    },
  };
}
