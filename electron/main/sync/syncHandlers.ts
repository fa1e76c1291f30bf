import type { ArchiveHandlers } from '../../../shared/api/contract';
import type { ArchiveState } from '../archive/archiveState';
import type { SyncLoop } from './syncLoop';

export type SyncHandlers = Pick<
  ArchiveHandlers,
  'syncStatus' | 'syncConflicts' | 'resolveSyncConflict'
>;

// Automerge (WebAssembly) loads with the first look at a shared library's document.
const replica = () => import('./syncReplica');

export function syncHandlers(state: ArchiveState, loop: SyncLoop | null): SyncHandlers {
  return {
    syncStatus: async () => loop?.current() ?? { shared: false },
    syncConflicts: async () => (await replica()).syncConflicts(state),
    resolveSyncConflict: async ({ index, choice }) =>
      (await replica()).resolveConflict(state, index, choice),
  };
}
