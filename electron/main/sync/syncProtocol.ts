/**
 * The few rules replicas and the server share beyond Automerge's own sync messages: the path and
 * query a replica connects with, and the text frame that says "nothing more to send", by which a
 * one-off sync knows both sides agree.
 */
export const SYNC_PATH = '/sync';
export const IDLE = 'idle';

/** Library ids are random UUIDs: anything else in a request is refused. */
export const isDocumentId = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/** A share code: the library's id and its secret, which together let a replica join. */
export function shareCode(library: string, secret: string): string {
  return `${library}.${secret}`;
}

export function readShareCode(code: string): { library: string; secret: string } | null {
  const [library, secret, ...rest] = code.trim().split('.');
  if (rest.length || !library || !secret || !isDocumentId(library) || secret.length < 16)
    return null;
  return { library, secret };
}

export function syncUrl(
  server: string,
  library: string,
  secret: string,
  register?: string,
): string {
  const url = new URL(SYNC_PATH, server);
  url.searchParams.set('library', library);
  url.searchParams.set('secret', secret);
  if (register) url.searchParams.set('register', register);
  return url.toString();
}

/**
 * The server's address as `sync serve` prints it for sharing (ws://HOST:PORT/?register=TOKEN):
 * the address alone, and the registration token a new library needs, kept apart so the token
 * is never handed on to writers who join.
 */
export function splitServer(server: string): { server: string; register?: string } {
  const url = new URL(server);
  const register = url.searchParams.get('register') ?? undefined;
  url.search = '';
  const plainServer = url.toString().replace(/\/$/, '');
  return register ? { server: plainServer, register } : { server: plainServer };
}

/** The largest sync message a server takes on the document's channel, and on the files' one. */
export const MAX_DOC_FRAME = 32 * 1024 * 1024;
export const MAX_FILE_FRAME = 80 * 1024 * 1024;
