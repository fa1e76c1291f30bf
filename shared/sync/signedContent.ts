/**
 * What a writer's signature covers, as one string every replica makes alike from the record:
 * a highlight's content with the key of the writer who last tagged or edited it, or a source's
 * note with its writer's key. Keys are sorted at every depth, so the order Automerge gives a
 * record's fields cannot change the string; the signature fields themselves are left out.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function canonical(value: unknown): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort())
      if ((value as Record<string, unknown>)[key] !== undefined)
        out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value as Json;
}

/**
 * The fields that say who wrote a record and their signature of it: they follow the value kept,
 * are never a choice of their own in a conflict, and a record that differs from the writer's by
 * them alone is the writer's own edit come back signed.
 */
export const SIGNATURE_FIELDS: ReadonlySet<string> = new Set(['by', 'noteBy', 'sig', 'noteSig']);

/** A record without its signature fields: what two versions are compared by. */
export function unsigned(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !SIGNATURE_FIELDS.has(k)));
}

export function highlightPayload(record: Record<string, unknown>): string {
  const { sig: _sig, ...content } = record;
  return JSON.stringify(['dossier-highlight-1', canonical(content)]);
}

export function notePayload(source: { id: unknown; note?: unknown; noteBy?: unknown }): string {
  return JSON.stringify(['dossier-note-1', source.id, source.note ?? '', source.noteBy ?? '']);
}
