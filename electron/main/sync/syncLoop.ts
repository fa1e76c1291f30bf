import type { SyncStatus } from '../../../shared/api/syncTypes';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import { countChanges, totalChanges } from '../../../shared/sync/syncChanges';
import type { ArchiveState } from '../archive/archiveState';
import { readReplica } from './replicaFiles';
import { readWriterNames } from './writersFile';

/** After an edit, the window waits this long for more before it syncs: a burst goes as one. */
const AFTER_EDIT_MS = 500;

/** The status but for the time of the last round: a quiet round changes nothing the window shows. */
function shownPart(status: SyncStatus): string {
  if (!status.shared) return '';
  const { lastSynced: _, ...rest } = status;
  return JSON.stringify(rest);
}

/**
 * Continuous sync for the window and the browser shell: a round after each burst of edits and
 * every `intervalMs` to bring others' edits, working offline (and saying so) while the server
 * cannot be reached. The CLI does not run it: `dossier sync` is one round.
 */
export class SyncLoop {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private active = false;
  private stopped = false;
  private wroteDuringRound = false;
  /** The library as the server last agreed it: what "changes waiting" counts from. */
  private base: LibraryDocument | null = null;
  private status: Omit<Extract<SyncStatus, { shared: true }>, 'waiting'> = {
    shared: true,
    state: 'syncing',
    conflicts: 0,
    writers: {},
  };

  constructor(
    private readonly state: ArchiveState,
    private readonly intervalMs: number,
    /** Told when what the window shows of the sync moves (not at every quiet round). */
    private readonly onStatus: () => void = () => {},
  ) {
    state.store.onChange(() => {
      // The round's own write to the library is not an edit to send; but the window, told of
      // it, may have asked the status mid-round, so the round's end is told too.
      if (this.running) this.wroteDuringRound = true;
      else this.schedule(AFTER_EDIT_MS);
    });
  }

  /** Starts when the library is shared; answers whether it is. */
  async start(): Promise<boolean> {
    const replica = await readReplica(this.state);
    if (!replica) return false;
    if (replica.role === 'reader') this.status = { ...this.status, reads: true };
    this.active = true;
    this.schedule(0);
    return true;
  }

  private schedule(ms: number): void {
    if (this.stopped || !this.active) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.round(), ms);
    this.timer.unref?.();
  }

  private async round(): Promise<void> {
    this.timer = null;
    if (this.running) return void (await this.running, this.schedule(AFTER_EDIT_MS));
    const shown = shownPart(this.current());
    this.wroteDuringRound = false;
    this.running = (async () => {
      try {
        // Automerge loads with the first round: a library that is not shared never needs it.
        const { syncOnce } = await import('./syncReplica');
        const report = await syncOnce(this.state);
        if (!report.interrupted) {
          this.base = this.state.store.doc;
          const at = new Date().toISOString();
          const removed = report.removed ? { what: report.removed, at } : this.status.removed;
          this.status = {
            shared: true,
            state: 'synced',
            lastSynced: at,
            conflicts: report.conflicts,
            writers: await readWriterNames(this.state.files.dir),
            ...(removed ? { removed } : {}),
            ...(this.status.reads ? { reads: true } : {}),
          };
        }
      } catch (error) {
        this.status = {
          ...this.status,
          state: 'offline',
          error: (error as Error).message,
        };
      }
    })();
    await this.running;
    this.running = null;
    if (this.wroteDuringRound || shownPart(this.current()) !== shown) this.onStatus();
    this.schedule(this.intervalMs);
  }

  /**
   * Runs work on the shared document that no round may overlap (settling a conflict): a round
   * in progress finishes first, and none starts until the work is done, so neither saves a
   * document that lacks the other's change.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.running) await this.running;
    const done = work();
    const running = done.then(
      () => undefined,
      () => undefined,
    );
    this.running = running;
    try {
      return await done;
    } finally {
      if (this.running === running) this.running = null;
      this.schedule(AFTER_EDIT_MS);
    }
  }

  current(): SyncStatus {
    // A library that is not shared has nothing to sync: the window shows no badge for it.
    if (!this.active) return { shared: false, writers: {} };
    const waiting = this.base ? totalChanges(countChanges(this.base, this.state.store.doc)) : null;
    return { ...this.status, waiting };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
