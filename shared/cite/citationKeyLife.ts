import type { SourceRecord } from '../model/source';
import { keyBase, keyOf, uniqueKey } from './citationKeys';

/**
 * A citation key's life, as Better BibTeX's users know it: a key Dossier made follows its
 * source's details (a corrected date or author changes it) until the key has been used —
 * exported, copied as [@key], cited in a rendered draft, kept in a file. From then on it stays,
 * so nothing that holds it breaks silently; the writer may refresh it, told where it was used.
 * A key the writer or a .bib file gave is theirs and never follows.
 */

/** How many uses a source remembers: enough to name where a refresh would break something. */
const USES_KEPT = 5;

const takenBy = (others: readonly SourceRecord[], except: string) =>
  new Set(others.filter((s) => s.id !== except).flatMap((s) => keyOf(s)?.toLowerCase() ?? []));

/** The key the source's details make now, unique among the other sources. */
export function freshKey(source: SourceRecord, sources: readonly SourceRecord[]): string {
  return uniqueKey(keyBase(source), takenBy(sources, source.id));
}

/**
 * The key the details would make, when the source's key is not it (nor it with a letter to set it
 * apart): what the inspector offers to refresh to. Read from the source alone, so showing a
 * source does not read the whole library; the refresh itself makes the key unique.
 */
export function offeredKey(source: SourceRecord): string | null {
  const key = keyOf(source);
  const base = keyBase(source);
  if (!key) return null;
  const lower = key.toLowerCase();
  return lower === base || (lower.startsWith(base) && /^[a-z]+$/.test(lower.slice(base.length)))
    ? null
    : base;
}

/**
 * The source after an edit of its details: a key the writer typed becomes theirs; a key Dossier
 * made and no one has used follows the new details; any other key stays.
 */
export function keyAfterEdit(
  before: SourceRecord,
  after: SourceRecord,
  sources: readonly SourceRecord[],
): SourceRecord {
  const key = keyOf(after);
  if (key !== keyOf(before)) {
    const { keyAuto: _auto, ...given } = after;
    return given;
  }
  if (!before.keyAuto || before.keyUses?.length || keyBase(before) === keyBase(after)) return after;
  return { ...after, metadata: { ...after.metadata, 'citation-key': freshKey(after, sources) } };
}

/** The source with the key its details make now, following them again until it is used. */
export function refreshedKey(source: SourceRecord, sources: readonly SourceRecord[]): SourceRecord {
  const { keyUses: _uses, ...rest } = source;
  return {
    ...rest,
    keyAuto: true,
    metadata: { ...source.metadata, 'citation-key': freshKey(source, sources) },
  };
}

/**
 * The source with a use of its key remembered ("exported as BibTeX on 2026-12-05"), newest
 * first. A use already remembered is left where it is: a kept file written again is not news.
 */
export function withKeyUse(source: SourceRecord, use: string): SourceRecord {
  if (source.keyUses?.includes(use)) return source;
  return { ...source, keyUses: [use, ...(source.keyUses ?? [])].slice(0, USES_KEPT) };
}
