import { checkRecord, recordSchemas } from '../model/libraryRecords';
import type { JournalEntry } from './patchCodec';
import { recordWords } from '../model/recordWords';

const changeLists = ['themes', 'highlights', 'sources', 'briefs', 'sourceCollections'] as const;

/**
 * One journal line checked before it is replayed: every record it carries must pass its
 * collection's schema, or the whole change is refused (half a change could leave the library
 * inconsistent). Source details are repaired as on import.
 */
export function checkJournalEntry(
  raw: unknown,
): { ok: true; entry: JournalEntry } | { ok: false; reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: recordWords('the line is not a change') };
  const known = new Set<string>([...changeLists, 'dismissedSuggestions', 'codebookPending']);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length)
    return {
      ok: false,
      reason: recordWords('it changes unknown parts ({{parts}})', { parts: unknown.join(', ') }),
    };
  const entry: JournalEntry = {};
  for (const collection of changeLists) {
    const changes = (raw as Record<string, unknown>)[collection];
    if (changes === undefined) continue;
    if (!Array.isArray(changes))
      return { ok: false, reason: recordWords('{{collection}} is not a list', { collection }) };
    const checked: [string, { id: string } | null][] = [];
    for (const change of changes) {
      if (!Array.isArray(change) || change.length !== 2 || typeof change[0] !== 'string')
        return {
          ok: false,
          reason: recordWords('a change to {{collection}} is not [id, record]', { collection }),
        };
      const [id, after] = change as [string, unknown];
      if (after === null) {
        checked.push([id, null]);
        continue;
      }
      const record = checkRecord(collection, after);
      if (!record.ok)
        return {
          ok: false,
          reason: recordWords('{{collection}} {{id}}: {{reason}}', {
            collection,
            id,
            reason: record.reason,
          }),
        };
      if (record.record.id !== id)
        return {
          ok: false,
          reason: recordWords('{{collection}} {{id}}: the record has another id', {
            collection,
            id,
          }),
        };
      checked.push([id, record.record as { id: string }]);
    }
    entry[collection] = checked;
  }
  const dismissed = (raw as { dismissedSuggestions?: unknown }).dismissedSuggestions;
  if (dismissed !== undefined) {
    if (!Array.isArray(dismissed))
      return { ok: false, reason: 'dismissedSuggestions is not a list' };
    for (const d of dismissed)
      if (!recordSchemas.dismissedSuggestions.safeParse(d).success)
        return { ok: false, reason: 'a dismissed suggestion is malformed' };
    entry.dismissedSuggestions = dismissed;
  }
  const pending = (raw as { codebookPending?: unknown }).codebookPending;
  if (pending !== undefined) {
    if (typeof pending !== 'boolean')
      return { ok: false, reason: 'codebookPending is not yes or no' };
    entry.codebookPending = pending;
  }
  return { ok: true, entry };
}
