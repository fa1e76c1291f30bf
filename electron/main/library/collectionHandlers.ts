import type { ArchiveHandlers } from '../../../shared/api/contract';
import { commandLabel } from '../../../shared/history/commandLabels';
import { ArchiveError } from '../../../shared/api/errors';
import type { SourceCollection } from '../../../shared/model/sourceCollection';
import { command, findSource, newId, type ArchiveState } from '../archive/archiveState';

export type CollectionHandlers = Pick<
  ArchiveHandlers,
  'listCollections' | 'saveCollection' | 'deleteCollection'
>;

export function findCollection(state: Pick<ArchiveState, 'store'>, id: string): SourceCollection {
  const found = state.store.doc.sourceCollections.find((c) => c.id === id);
  if (!found) throw new ArchiveError('NOT_FOUND', `No collection ${id} in this library.`);
  return found;
}

/** Named sets of sources: saved, renamed, changed and deleted as undoable steps. */
export function collectionHandlers(
  state: Pick<ArchiveState, 'store' | 'history' | 'now'>,
): CollectionHandlers {
  return {
    listCollections: async () => state.store.doc.sourceCollections,

    saveCollection: async ({ id, name, sourceIds }) => {
      const existing = id ? findCollection(state, id) : undefined;
      for (const sourceId of sourceIds) findSource(state, sourceId);
      const now = state.now().toISOString();
      const saved: SourceCollection = {
        id: existing?.id ?? newId('c'),
        name,
        sourceIds: [...new Set(sourceIds)],
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await command(state, commandLabel('Save collection “{{name}}”', { name }), (doc) => ({
        ...doc,
        sourceCollections: existing
          ? doc.sourceCollections.map((c) => (c.id === saved.id ? saved : c))
          : [...doc.sourceCollections, saved],
      }));
      return saved;
    },

    deleteCollection: async ({ id }) => {
      const collection = findCollection(state, id);
      const { history } = await command(
        state,
        commandLabel('Delete collection “{{name}}”', { name: collection.name }),
        (doc) => ({
          ...doc,
          sourceCollections: doc.sourceCollections.filter((c) => c.id !== id),
        }),
      );
      return history;
    },
  };
}
