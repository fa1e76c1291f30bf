import type { LibraryDocument } from '../model/libraryDocument';

/** The collections of a library whose entities have ids and are changed by commands. */
const collections = ['themes', 'highlights', 'sources', 'briefs', 'sourceCollections'] as const;
type Collection = (typeof collections)[number];
// Records are plain JSON objects: a field is read by name when a change is described.
type Entity = { id: string } & Record<string, unknown>;

/** For each changed id: the entity as it was and as it became (undefined: absent). */
export type ChangePatch = Partial<
  Record<Collection, Map<string, { before?: Entity; after?: Entity }>>
> & {
  dismissedSuggestions?: {
    before: LibraryDocument['dismissedSuggestions'];
    after: LibraryDocument['dismissedSuggestions'];
  };
  /** Whether the codebook still asks how to start (absent before: asked of no library). */
  codebookPending?: { before: boolean; after: boolean };
};

function diffById(before: readonly Entity[], after: readonly Entity[]) {
  const changes = new Map<string, { before?: Entity; after?: Entity }>();
  // A command keeps the entities it did not change, in their places: the same objects at the
  // start and at the end of both lists are skipped without a map, so a tag in a library of
  // 100,000 highlights compares references, not ids.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const old = new Map(before.slice(start, endBefore).map((e) => [e.id, e]));
  for (const e of after.slice(start, endAfter)) {
    const was = old.get(e.id);
    // Updates replace changed entities and keep the others: identity tells what changed.
    if (was !== e) changes.set(e.id, { before: was, after: e });
    old.delete(e.id);
  }
  for (const [id, was] of old) changes.set(id, { before: was, after: undefined });
  return changes;
}

/** What a command changed, as a patch that can be applied backwards (undo) or forwards (redo). */
export function diffLibraries(before: LibraryDocument, after: LibraryDocument): ChangePatch {
  const patch: ChangePatch = {};
  for (const name of collections) {
    if (before[name] === after[name]) continue;
    const changes = diffById(before[name], after[name]);
    if (changes.size) patch[name] = changes;
  }
  if (before.dismissedSuggestions !== after.dismissedSuggestions) {
    patch.dismissedSuggestions = {
      before: before.dismissedSuggestions,
      after: after.dismissedSuggestions,
    };
  }
  const pending = (doc: LibraryDocument) => doc.codebookPending === true;
  if (pending(before) !== pending(after))
    patch.codebookPending = { before: pending(before), after: pending(after) };
  return patch;
}

export function isEmptyPatch(patch: ChangePatch): boolean {
  return Object.keys(patch).length === 0;
}

function applyChanges<T extends Entity>(
  list: readonly T[],
  changes: Map<string, { before?: Entity; after?: Entity }>,
  direction: 'before' | 'after',
): T[] {
  const result: T[] = [];
  const pending = new Map(changes);
  for (const e of list) {
    const change = pending.get(e.id);
    if (!change) result.push(e);
    else {
      pending.delete(e.id);
      const next = change[direction] as T | undefined;
      if (next) result.push(next);
    }
  }
  // Entities the patch brings back (or adds) go at the end: order carries no meaning.
  for (const change of pending.values()) {
    const next = change[direction] as T | undefined;
    if (next) result.push(next);
  }
  return result;
}

export function applyPatch(
  doc: LibraryDocument,
  patch: ChangePatch,
  direction: 'before' | 'after',
): LibraryDocument {
  const next: LibraryDocument = { ...doc };
  for (const name of collections) {
    const changes = patch[name];
    if (changes) (next[name] as Entity[]) = applyChanges(doc[name] as Entity[], changes, direction);
  }
  if (patch.dismissedSuggestions) next.dismissedSuggestions = patch.dismissedSuggestions[direction];
  if (patch.codebookPending) next.codebookPending = patch.codebookPending[direction];
  return next;
}
