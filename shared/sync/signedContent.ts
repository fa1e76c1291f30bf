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

/** The fields of a record that are its signature, never part of what is signed. */
export const SIGNATURE_FIELDS = ['sig', 'noteSig'] as const;

export function highlightPayload(record: Record<string, unknown>): string {
  const { sig: _sig, ...content } = record;
  return JSON.stringify(['dossier-highlight-1', canonical(content)]);
}

export function notePayload(source: { id: unknown; note?: unknown; noteBy?: unknown }): string {
  return JSON.stringify(['dossier-note-1', source.id, source.note ?? '', source.noteBy ?? '']);
}
