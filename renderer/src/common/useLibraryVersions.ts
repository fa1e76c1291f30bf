import { useCallback, useEffect, useState } from 'react';
import type { ArchiveApi } from '../../../shared/api/contract';
import type { PushedEntities } from '../../../shared/api/pushedEntities';
import type { LibraryChanges } from '../../../shared/history/libraryChanges';
import { useWindowEvents } from '../api/useWindowEvents';
import { applyPushed } from '../store/entities';
import type { EntityStore } from '../store/entityStore';

/**
 * Numbers that move when a part of the library changes, so each view reads again only what
 * changed: the service says what as each change is made.
 */
export interface LibraryVersions {
  /** Any change at all: views over the whole library (matrix, brief, bibliography). */
  library: number;
  /** The list of sources. */
  sources: number;
  /** The codebook: themes, the start choice, and counts a change did not send. */
  themes: number;
  highlights: number;
  /** Added to every source's own number when the service could not say what changed. */
  base: number;
  /** Each source's number: moves when it must be read again (what was sent is not). */
  source: Record<string, number>;
}

const initial: LibraryVersions = {
  library: 0,
  sources: 0,
  themes: 0,
  highlights: 0,
  base: 0,
  source: {},
};

/**
 * The versions after a change set. `sent`: the entities that came with it, which the store
 * has drawn: a source whose highlights alone changed and were sent is not read again, nor is the
 * codebook for counts that were sent.
 */
export function applyLibraryChanges(
  v: LibraryVersions,
  c: LibraryChanges,
  sent?: PushedEntities,
): LibraryVersions {
  if (c.everything)
    return {
      library: v.library + 1,
      sources: v.sources + 1,
      themes: v.themes + 1,
      highlights: v.highlights + 1,
      base: v.base + 1,
      source: v.source,
    };
  const any =
    c.sources || c.sourceIds.length > 0 || c.themes || c.highlights || c.briefs || c.collections;
  if (!any && !c.codebook) return v;
  const drawn = new Set(sent?.highlights.map((h) => h.sourceId));
  const source = { ...v.source };
  for (const id of c.sourceIds)
    if (!drawn.has(id) || c.detailIds.includes(id)) source[id] = (source[id] ?? 0) + 1;
  const counted = c.highlights && !sent;
  return {
    library: v.library + 1,
    sources: v.sources + (c.sources ? 1 : 0),
    themes: v.themes + (c.themes || counted || c.codebook ? 1 : 0),
    highlights: v.highlights + (c.highlights ? 1 : 0),
    base: v.base,
    source,
  };
}

function everythingSince(revision: number): LibraryChanges {
  return {
    revision,
    everything: true,
    sources: true,
    sourceIds: [],
    detailIds: [],
    themes: true,
    highlights: true,
    briefs: true,
    collections: true,
    codebook: true,
  };
}

/**
 * The window's versions, moved by the change sets the service pushes as each change is made
 * (the window's own edits, another writer's brought by sync, an import from the browser): no
 * view asks on a timer. A set that skips a number, or a transport that was cut, asks the
 * service what changed since the last one heard. The entities a set brings go into `store`.
 */
export function useLibraryVersions(api: ArchiveApi, store: EntityStore) {
  const [versions, setVersions] = useState(initial);

  // Where the service's count stands when the window opens: changes are counted from there.
  useEffect(() => {
    void api.changesSince({ after: 0 }).then((r) => {
      if (r.ok && store.heard === null) store.hear(r.value.revision);
    });
  }, [api, store]);

  const catchUp = useCallback(() => {
    void api.changesSince({ after: store.asOf }).then((r) => {
      const heard = store.heard;
      if (r.ok && heard !== null && r.value.revision < heard) return;
      if (r.ok) store.hear(r.value.revision);
      setVersions((v) => applyLibraryChanges(v, r.ok ? r.value : everythingSince(0)));
    });
  }, [api, store]);

  useWindowEvents((event) => {
    if (event.kind === 'reconnected') return catchUp();
    if (event.kind !== 'library') return;
    const { changes } = event;
    const heard = store.heard;
    if (heard !== null && changes.revision <= heard) return;
    if (heard !== null && changes.revision > heard + 1) return catchUp();
    store.hear(changes.revision);
    const { entities } = event;
    if (entities) store.update((e) => applyPushed(e, entities, changes.revision));
    setVersions((v) => applyLibraryChanges(v, changes, entities));
  });

  const sourceVersion = (id: string | null) =>
    id ? (versions.source[id] ?? 0) + versions.base : 0;
  return { versions, sourceVersion };
}
