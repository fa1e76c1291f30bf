import type { Highlight } from '../../../shared/model/theme';
import type { SourceRecord } from '../../../shared/model/source';
import { highlightPayload, notePayload } from '../../../shared/sync/signedContent';
import { verifies } from './writerKey';
import { readWriters } from './writersFile';

/** What a highlight's signature says: made by the writer it names, or not shown to be. */
export type SignatureCheck = (h: Highlight) => 'verified' | 'unverified' | undefined;

/**
 * Checks highlights' signatures against the public key this library first saw for each writer
 * (sync/writers.json). A highlight of a library that is not shared, or by a writer who had no
 * key yet, has nothing to check (undefined); one whose content changed since it was signed, or
 * whose signature another key made, is 'unverified'.
 */
export async function highlightSignatures(libraryDir: string): Promise<SignatureCheck> {
  const writers = await readWriters(libraryDir);
  if (!Object.values(writers).some((w) => w.publicKey)) return () => undefined;
  return (h) => {
    const publicKey = h.by ? writers[h.by]?.publicKey : undefined;
    if (!publicKey) return undefined;
    const known = checked.get(h);
    if (known?.publicKey === publicKey) return known.result;
    const { sig } = h as Highlight & { sig?: unknown };
    const result =
      typeof sig === 'string' && verifies(publicKey, highlightPayload(h), sig)
        ? 'verified'
        : 'unverified';
    checked.set(h, { publicKey, result });
    return result;
  };
}

/**
 * Each highlight record checked once per key: a record is never changed in place (a change
 * makes a new one), so the answer holds as long as the record does.
 */
const checked = new WeakMap<Highlight, { publicKey: string; result: 'verified' | 'unverified' }>();

/** Whether a source's note is as the writer it names signed it (see highlightSignatures). */
export async function noteSignature(
  libraryDir: string,
  source: SourceRecord,
): Promise<'verified' | 'unverified' | undefined> {
  if (!source.note || !source.noteBy) return undefined;
  const publicKey = (await readWriters(libraryDir))[source.noteBy]?.publicKey;
  if (!publicKey) return undefined;
  return typeof source.noteSig === 'string' &&
    verifies(publicKey, notePayload(source), source.noteSig)
    ? 'verified'
    : 'unverified';
}
