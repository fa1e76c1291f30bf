import {
  changesOfPatch,
  mergeChanges,
  noChanges,
  type ChangeSet,
  type LibraryChanges,
} from '../../../shared/history/libraryChanges';
import type { LibraryStore } from '../library/libraryStore';
import type { EventHub } from './eventHub';

/** How many change sets the feed remembers; a window further behind refreshes everything. */
const KEPT = 1000;

/**
 * The library's changes, numbered: each is pushed to the window (and the browser shell) as it is
 * made, and one that missed some (a reconnection) asks what changed since it last heard.
 */
export class ChangeFeed {
  private revision = 0;
  private readonly kept: ChangeSet[] = [];

  constructor(store: LibraryStore, events: EventHub) {
    store.onChange((patch) => {
      const set = changesOfPatch(patch);
      if (Object.values(set).every((v) => v === false || (Array.isArray(v) && !v.length))) return;
      this.revision++;
      this.kept.push(set);
      if (this.kept.length > KEPT) this.kept.shift();
      events.emit({
        kind: 'library',
        changes: { ...set, revision: this.revision, everything: false },
      });
    });
  }

  since(after: number): LibraryChanges {
    const missed = this.revision - after;
    if (after > this.revision || missed > this.kept.length)
      return { ...noChanges(), revision: this.revision, everything: true };
    const merged = this.kept.slice(this.kept.length - missed).reduce(mergeChanges, noChanges());
    return { ...merged, revision: this.revision, everything: false };
  }
}
