import {
  changesOfPatch,
  mergeChanges,
  noChanges,
  type ChangeSet,
  type LibraryChanges,
} from '../../../shared/history/libraryChanges';
import type { PushedEntities } from '../../../shared/api/pushedEntities';
import type { ServiceEvent } from '../../../shared/api/serviceEvents';
import type { LibraryStore } from '../library/libraryStore';
import type { EventHub } from './eventHub';

/** The entities a change set changed, to send with it; null when there are none to send. */
export type DescribeChanges = (set: ChangeSet) => Promise<PushedEntities> | null;

/** How many change sets the feed remembers; a window further behind refreshes everything. */
const KEPT = 1000;

/**
 * The library's changes, numbered: each is pushed to the window (and the browser shell) as it is
 * made, and one that missed some (a reconnection) asks what changed since it last heard.
 */
export class ChangeFeed {
  private revision = 0;
  private readonly kept: ChangeSet[] = [];
  private describe: DescribeChanges = () => null;

  constructor(store: LibraryStore, events: EventHub) {
    store.onChange((patch) => {
      const set = changesOfPatch(patch);
      if (Object.values(set).every((v) => v === false || (Array.isArray(v) && !v.length))) return;
      this.revision++;
      this.kept.push(set);
      if (this.kept.length > KEPT) this.kept.shift();
      const event: ServiceEvent = {
        kind: 'library',
        changes: { ...set, revision: this.revision, everything: false },
      };
      // Only a window draws what a set carries: with nobody listening, nothing is read for it.
      const entities = events.listened ? this.describe(set) : null;
      if (!entities) return events.emit(event);
      // Read now, sent in turn: a set that cannot be described goes out as ids alone.
      events.emitWhenReady(
        entities.then(
          (value) => ({ ...event, entities: value }),
          () => event,
        ),
      );
    });
  }

  /** Sends each change set with the entities `describe` reads for it (set once it can read). */
  describeWith(describe: DescribeChanges): void {
    this.describe = describe;
  }

  since(after: number): LibraryChanges {
    const missed = this.revision - after;
    if (after > this.revision || missed > this.kept.length)
      return { ...noChanges(), revision: this.revision, everything: true };
    const merged = this.kept.slice(this.kept.length - missed).reduce(mergeChanges, noChanges());
    return { ...merged, revision: this.revision, everything: false };
  }
}
