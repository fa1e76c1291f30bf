/**
 * "Open in Dossier": a link the browser extension (or any app) hands the system, which starts
 * Dossier or brings it forward on a source. It only opens a source in the window; no link can
 * change the library, so the one shape it has is checked and anything else is ignored.
 */
export const DEEP_LINK_SCHEME = 'dossier';

/** Source ids as the library makes them: letters, digits, "-" and "_". */
const SOURCE_ID = /^[A-Za-z0-9_-]{1,64}$/u;

export type DeepLink = { kind: 'source'; sourceId: string };

/** The link to a source: dossier://source/ID. */
export function sourceLink(sourceId: string): string {
  if (!SOURCE_ID.test(sourceId)) throw new Error(`not a source id: ${sourceId}`);
  return `${DEEP_LINK_SCHEME}://source/${sourceId}`;
}

/** What a link asks for, or null for anything that is not exactly one of Dossier's links. */
export function readDeepLink(value: unknown): DeepLink | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  const match = /^dossier:\/\/source\/([^/?#]+)\/?$/iu.exec(value.trim());
  const id = match?.[1];
  return id && SOURCE_ID.test(id) ? { kind: 'source', sourceId: id } : null;
}

/** The first of a process's arguments that is a Dossier link (how Windows and Linux pass it). */
export function deepLinkIn(argv: readonly string[]): DeepLink | null {
  for (const arg of argv) {
    const link = readDeepLink(arg);
    if (link) return link;
  }
  return null;
}

/** The window is started on a source with this hash, read once at start. */
export function openHash(link: DeepLink): string {
  return `source=${encodeURIComponent(link.sourceId)}`;
}

/** The source a start hash names ("#source=ID", or among other parts: "#a=1&source=ID"), or null. */
export function sourceInHash(hash: string): string | null {
  const id = /(?:^#?|&)source=([A-Za-z0-9_-]{1,64})(?:&|$)/u.exec(hash)?.[1];
  return id ?? null;
}
