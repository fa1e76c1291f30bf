import * as A from '@automerge/automerge';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import {
  atomic,
  findConflicts,
  structuralConflicts,
  titleFollows,
  type SyncConflict,
} from '../../../shared/sync/syncChanges';
import {
  eachSyncedCollection,
  PACKED_SOURCE_FIELDS,
  plain,
  SYNCED,
  unpackSource,
  type JsonRecord,
  type SyncDoc,
} from '../../../shared/sync/syncShape';
import { checkRecord } from '../../../shared/model/libraryRecords';
import type { ArchiveState } from '../archive/archiveState';
import { writerRulesSchema } from '../../../shared/rules/writerRules';
import { loadDoc, saveDoc } from './replicaDoc';
import { readReplica } from './replicaFiles';

/** What concurrent edits left with two values, for the writer to pick from, and when each was set. */
export async function syncConflicts(state: ArchiveState): Promise<SyncConflict[]> {
  const replica = await readReplica(state);
  if (!replica) return [];
  const doc = await loadDoc(state, replica);
  const conflicts = findConflicts(doc);
  return conflicts.length ? findConflicts(doc, changeTimes(doc)) : conflicts;
}

/**
 * When the change that made an operation was made: an op id is COUNTER@ACTOR, and each change
 * of an actor holds the ops from its start op on. Read only when conflicts are listed (it
 * decodes every change of the document).
 */
function changeTimes(doc: A.Doc<SyncDoc>): (opId: string) => string | null {
  const byActor = new Map<string, { start: number; end: number; time: number }[]>();
  for (const bytes of A.getAllChanges(doc)) {
    const change = A.decodeChange(bytes);
    const list = byActor.get(change.actor) ?? [];
    list.push({
      start: change.startOp,
      end: change.startOp + change.ops.length,
      time: change.time,
    });
    byActor.set(change.actor, list);
  }
  return (opId) => {
    const at = opId.indexOf('@');
    const counter = Number(opId.slice(0, at));
    const change = byActor
      .get(opId.slice(at + 1))
      ?.find((c) => counter >= c.start && counter < c.end);
    return change && change.time > 0 ? new Date(change.time * 1000).toISOString() : null;
  };
}

/** Where the shared document holds two versions of the library itself (see structuralConflicts). */
export async function syncStructuralConflicts(state: ArchiveState): Promise<string[]> {
  const replica = await readReplica(state);
  if (!replica) return [];
  return structuralConflicts(await loadDoc(state, replica));
}

/**
 * Settles a conflict with the value the writer picked: written into the shared document as a
 * new change (which replaces every concurrent value) and into the library's record, leaving
 * the writer's other unsent edits as they are.
 */
export async function resolveConflict(
  state: ArchiveState,
  index: number,
  choice: number,
): Promise<SyncConflict[]> {
  const replica = await readReplica(state);
  if (!replica) throw new ArchiveError('NOT_FOUND', errorWords('This library is not shared.'));
  let doc = await loadDoc(state, replica);
  const conflict = findConflicts(doc)[index];
  if (!conflict)
    throw new ArchiveError(
      'NOT_FOUND',
      errorWords('There is no conflict {{number}}.', { number: String(index + 1) }),
    );
  if (!(choice in conflict.values))
    throw new ArchiveError(
      'NOT_FOUND',
      errorWords('That conflict has {{count}} values.', { count: String(conflict.values.length) }),
    );
  const value = plain(conflict.values[choice]);
  if (conflict.collection === 'rules')
    return settleRules(state, doc, conflict.field, value, replica.writer.name);
  // A source's layout is one JSON value in the document, and a list in the library.
  const inLibrary =
    conflict.collection === 'sources' &&
    (PACKED_SOURCE_FIELDS as readonly string[]).includes(conflict.field) &&
    typeof value === 'string'
      ? (JSON.parse(value) as unknown)
      : value;
  const path = conflict.field.split('.');
  const last = path.pop()!;
  const within = (record: Record<string, unknown>) =>
    path.reduce((at, key) => at[key] as Record<string, unknown>, record);
  // A source's title follows its details' title: settled together, so list and cite agree.
  const alsoTitle = titleFollows(doc, conflict);
  const collection = conflict.collection;
  const settled = <R extends Record<string, unknown>>(record: R, fieldValue: unknown): R => {
    const copy = plain(record);
    const fields: Record<string, unknown> = copy;
    within(fields)[last] = fieldValue;
    if (alsoTitle) fields.title = String(fieldValue).trim();
    return copy;
  };
  // The value may have come from a replica that writes what this library cannot hold: settling
  // on it would leave the record set aside on every replica, so it is refused before anything.
  const inDoc = doc[SYNCED[collection]][conflict.id];
  if (inDoc) {
    const asSettled = settled(inDoc, value);
    const checked = checkRecord(
      collection,
      collection === 'sources' ? unpackSource(asSettled) : asSettled,
    );
    if (!checked.ok)
      throw new ArchiveError(
        'INVALID_INPUT',
        errorWords('That value cannot be kept: {{reason}}.', { reason: checked.reason }),
      );
  }
  doc = A.change(doc, { message: `conflict settled by ${replica.writer.name}` }, (d) => {
    const record = d[SYNCED[collection]][conflict.id]!;
    // Written anew even when the value picked is the one shown: Automerge skips a write of the
    // value a field already shows, and a writer settling at the same time as another with the
    // other value would then win in silence. Written, the two settlements are a new conflict.
    delete within(record)[last];
    within(record)[last] = atomic(value);
    if (alsoTitle) {
      delete record.title;
      record.title = atomic(String(value).trim());
    }
  });
  await state.store.update((current) => {
    const records: readonly JsonRecord[] = current[collection];
    const settling = records.find((r) => r.id === conflict.id);
    // Only the settled record's own collection is made anew; the others stay the same lists.
    const settle = <R extends JsonRecord>(list: R[]) =>
      list.some((r) => r === settling)
        ? list.map((r) => (r === settling ? settled(r, inLibrary) : r))
        : list;
    return { ...current, ...eachSyncedCollection(settle, current, current) };
  });
  await saveDoc(state, doc);
  return findConflicts(doc);
}

/** A part of the library's rules settled: into the document anew, and into rules.json. */
async function settleRules(
  state: ArchiveState,
  doc: A.Doc<SyncDoc>,
  field: string,
  value: unknown,
  writer: string,
): Promise<SyncConflict[]> {
  const next = { ...state.rules.current, [field]: value };
  const checked = writerRulesSchema.safeParse(next);
  if (!checked.success)
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords("That value of the rules' {{field}} cannot be used: {{why}}.", {
        field,
        why: checked.error.issues[0]?.message ?? '',
      }),
    );
  const settled = A.change(doc, { message: `rules settled by ${writer}` }, (d) => {
    // Written anew, as a field is (see resolveConflict).
    delete d.rules![field];
    d.rules![field] = atomic(value);
  });
  await state.rules.save(checked.data);
  await saveDoc(state, settled);
  return findConflicts(settled);
}
