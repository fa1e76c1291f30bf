import { ArchiveError } from '../../../shared/api/errors';
import { keyUse, type KeyUseText } from '../../../shared/cite/keyUseWords';
import { withKeyUse } from '../../../shared/cite/citationKeyLife';
import { isShared } from '../sync/replicaFiles';
import type { ArchiveState } from '../archive/archiveState';

/** A use as the inspector names it ("exported as BibTeX on 2026-12-05"), dated today. */
export const dated = (
  state: Pick<ArchiveState, 'now'>,
  text: Exclude<KeyUseText, 'kept in {{path}}'>,
  values: Record<string, string> = {},
) => keyUse(text, { ...values, date: state.now().toISOString().slice(0, 10) });

/**
 * Remembers that these sources' keys were used, so they stop following their details. Kept
 * outside the undo history: undoing an edit does not take back that a file holding the key went
 * out. Writes only when a use is new.
 */
export async function recordKeyUse(
  state: Pick<ArchiveState, 'files' | 'store'>,
  sourceIds: Iterable<string>,
  use: string,
): Promise<void> {
  // A shared library's keys never follow their details, so a use changes nothing there; kept,
  // two writers exporting on one day would make a conflict of it.
  if (await isShared(state)) return;
  const ids = new Set(sourceIds);
  const fresh = state.store.doc.sources.some((s) => ids.has(s.id) && !s.keyUses?.includes(use));
  if (!fresh) return;
  try {
    await state.store.update((doc) => ({
      ...doc,
      sources: doc.sources.map((s) => (ids.has(s.id) ? withKeyUse(s, use) : s)),
    }));
  } catch (error) {
    // A library open for reading only (another Dossier writes it) still exports; the use is
    // remembered by the next export or copy made where the library can be written.
    if (!(error instanceof ArchiveError && error.code === 'READ_ONLY')) throw error;
  }
}
