import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { HighlightView, ThemeView } from '../../../shared/api/types';
import { noEntities, themesWithCounts, type Entities, type Stamped } from './entities';

/**
 * The window's one store of entities: what the views read, what the service's change sets and
 * the window's own edits update in place, so a change redraws without reading the source again.
 */
export class EntityStore {
  private entities: Entities = noEntities;
  private readonly listeners = new Set<() => void>();
  private heardOf: number | null = null;

  /** The last revision the window has heard of; null until the service first says where it is. */
  get heard(): number | null {
    return this.heardOf;
  }

  /** What an answer asked for now is stamped with: as new as the last change heard of. */
  get asOf(): number {
    return this.heardOf ?? 0;
  }

  hear(revision: number): void {
    this.heardOf = revision;
  }

  readonly snapshot = (): Entities => this.entities;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: (entities: Entities) => Entities): void {
    const next = change(this.entities);
    if (next === this.entities) return;
    this.entities = next;
    for (const listener of [...this.listeners]) listener();
  }
}

export const EntityStoreContext = createContext<EntityStore | null>(null);

export function useEntityStore(): EntityStore {
  const store = useContext(EntityStoreContext);
  if (!store) throw new Error('useEntityStore outside EntityStoreContext');
  return store;
}

function useEntities(): Entities {
  const store = useEntityStore();
  return useSyncExternalStore(store.subscribe, store.snapshot);
}

/**
 * A source's highlights as the store keeps them, with the change they are as new as; `read`
 * (what getSource gave) until it has them.
 */
export function useSourceHighlights(
  sourceId: string,
  read: HighlightView[],
): Stamped<HighlightView[]> {
  return useEntities().highlights.get(sourceId) ?? { value: read, asOf: 0 };
}

/** The themes as read, their counts moved by the changes sent since. */
export function useThemeCounts(themes: Stamped<ThemeView[]>): ThemeView[] {
  const counts = useEntities().themeCounts;
  return useMemo(() => themesWithCounts(themes, counts), [themes, counts]);
}
