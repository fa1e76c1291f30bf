import type { HistoryState } from '../../../shared/api/types';
import { applyPatch, isEmptyPatch, type ChangePatch } from '../../../shared/history/changePatch';
import type { LibraryStore } from '../library/libraryStore';

interface Entry {
  label: string;
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

  record(label: string, patch: ChangePatch): void {
    if (isEmptyPatch(patch)) return;
    this.done.push({ label, patch });
    if (this.done.length > KEPT) this.done.shift();
    this.undone = [];
  }

  async undo(): Promise<string | null> {
    const entry = this.done.pop();
    if (!entry) return null;
    try {
      await this.store.update((doc) => applyPatch(doc, entry.patch, 'before'));
    } catch (error) {
      this.done.push(entry);
      throw error;
    }
    this.undone.push(entry);
    return entry.label;
  }

  async redo(): Promise<string | null> {
    const entry = this.undone.pop();
    if (!entry) return null;
    try {
      await this.store.update((doc) => applyPatch(doc, entry.patch, 'after'));
    } catch (error) {
      this.undone.push(entry);
      throw error;
    }
    this.done.push(entry);
    return entry.label;
  }

  state(): HistoryState {
    const last = this.done[this.done.length - 1];
    const next = this.undone[this.undone.length - 1];
    return {
      canUndo: last !== undefined,
      canRedo: next !== undefined,
      undoLabel: last?.label ?? null,
      redoLabel: next?.label ?? null,
    };
  }
}
