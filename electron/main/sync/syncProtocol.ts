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

export function syncUrl(server: string, library: string, secret: string): string {
  const url = new URL(SYNC_PATH, server);
  url.searchParams.set('library', library);
  url.searchParams.set('secret', secret);
  return url.toString();
}
