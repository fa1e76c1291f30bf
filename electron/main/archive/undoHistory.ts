import type { HistoryState } from '../../../shared/api/types';
import { applyPatch, isEmptyPatch, type ChangePatch } from '../../../shared/history/changePatch';
import { labelText, type CommandLabel } from '../../../shared/history/commandLabels';
import type { LibraryStore } from '../library/libraryStore';

interface Entry {
  label: CommandLabel;
  patch: ChangePatch;
}

const KEPT = 500;

/**
 * One history per open library. Each tagging or codebook command records the patch it made,
 * which undo applies backwards and redo forwards; a new command clears what was undone.
 */
export class UndoHistory {
  private readonly done: Entry[] = [];
  private undone: Entry[] = [];

  constructor(private readonly store: LibraryStore) {}

  record(label: CommandLabel, patch: ChangePatch): void {
    if (isEmptyPatch(patch)) return;
    this.done.push({ label, patch });
    if (this.done.length > KEPT) this.done.shift();
    this.undone = [];
  }

  undo(): Promise<CommandLabel | null> {
    return this.move(this.done, this.undone, 'before');
  }

  redo(): Promise<CommandLabel | null> {
    return this.move(this.undone, this.done, 'after');
  }

  /** Applies the newest entry of one stack and moves it to the other; kept in place on failure. */
  private async move(
    from: Entry[],
    to: Entry[],
    side: 'before' | 'after',
  ): Promise<CommandLabel | null> {
    const entry = from.pop();
    if (!entry) return null;
    try {
      await this.store.update((doc) => applyPatch(doc, entry.patch, side));
    } catch (error) {
      from.push(entry);
      throw error;
    }
    to.push(entry);
    return entry.label;
  }

  state(): HistoryState {
    const last = this.done[this.done.length - 1];
    const next = this.undone[this.undone.length - 1];
    return {
      canUndo: last !== undefined,
      canRedo: next !== undefined,
      undoLabel: last ? labelText(last.label) : null,
      redoLabel: next ? labelText(next.label) : null,
      undoCommand: last?.label ?? null,
      redoCommand: next?.label ?? null,
    };
  }
}
