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

/**
 * A share code: the library's id and a secret, which together let a replica join; a reader's
 * code ends in `.read` (the server knows the role by the secret; the replica, by the code, so it
 * never offers what the server would refuse).
 */
export function shareCode(
  library: string,
  secret: string,
  role: 'writer' | 'reader' = 'writer',
): string {
  return role === 'reader' ? `${library}.${secret}.read` : `${library}.${secret}`;
}

export function readShareCode(
  code: string,
): { library: string; secret: string; role: 'writer' | 'reader' } | null {
  const [library, secret, mark, ...rest] = code.trim().split('.');
  if (rest.length || (mark !== undefined && mark !== 'read')) return null;
  if (!library || !secret || !isDocumentId(library) || secret.length < 16) return null;
  return { library, secret, role: mark === 'read' ? 'reader' : 'writer' };
}

/**
 * The address a replica connects to: the library, its code's secret, and what else the
 * connection is for (`register`: the server's token and the digests of the writer's and reader's
 * codes, on a share; `replace`/`with`: the owner replacing a code; `files`: the files' channel).
 */
export function syncUrl(
  server: string,
  library: string,
  secret: string,
  register?: string,
  extra: Record<string, string> = {},
): string {
  const url = new URL(SYNC_PATH, server);
  url.searchParams.set('library', library);
  url.searchParams.set('secret', secret);
  if (register) url.searchParams.set('register', register);
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
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

/** The close code of a connection whose share code the sharer has just replaced. */
export const CODE_WITHDRAWN = 4401;

/** Why the server took a replica's changes back (with close code 4403). */
export const TOP_LEVEL_REFUSED =
  'Refused: the change would replace the shared library itself; only sharing it makes that';
export const READER_REFUSED = 'Refused: a reader’s code brings the library in and changes nothing';
