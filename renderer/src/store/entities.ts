import type { PushedEntities } from '../../../shared/api/pushedEntities';
import type { HighlightView, ThemeView } from '../../../shared/api/types';

/**
 * A value with the revision of the library it is known to be at least as new as: an answer
 * is stamped with the last revision the window had heard when it asked, a pushed list with the
 * revision of the change it came with. A value never replaces a newer one.
 */
export interface Stamped<T> {
  value: T;
  asOf: number;
}

/** The entities the window keeps, which change sets update in place. */
export interface Entities {
  /** Each read source's highlights. */
  highlights: ReadonlyMap<string, Stamped<HighlightView[]>>;
  /** Every theme's own highlight count, as last sent with a change. */
  themeCounts: Stamped<Readonly<Record<string, number>>> | null;
}

export const noEntities: Entities = { highlights: new Map(), themeCounts: null };

/** A source's highlights as read or sent; an older list than the one kept is dropped. */
export function putHighlights(
  entities: Entities,
  sourceId: string,
  list: HighlightView[],
  asOf: number,
): Entities {
  const kept = entities.highlights.get(sourceId);
  if (kept && kept.asOf > asOf) return entities;
  const highlights = new Map(entities.highlights);
  highlights.set(sourceId, { value: list, asOf });
  return { ...entities, highlights };
}

/**
 * What an edit the window made answered, drawn at once: the highlight put in (or replaced in)
 * its source's list, or, when `highlight` is a string, that id taken out. The list keeps its
 * stamp: the change set the edit made brings the list it left.
 */
export function editHighlights(
  entities: Entities,
  sourceId: string,
  highlight: HighlightView | string,
): Entities {
  const kept = entities.highlights.get(sourceId);
  if (!kept) return entities;
  const id = typeof highlight === 'string' ? highlight : highlight.id;
  const others = kept.value.filter((h) => h.id !== id);
  const at = kept.value.findIndex((h) => h.id === id);
  let list = others;
  if (typeof highlight !== 'string')
    list = at < 0 ? [...others, highlight] : kept.value.map((h) => (h.id === id ? highlight : h));
  const highlights = new Map(entities.highlights);
  highlights.set(sourceId, { value: list, asOf: kept.asOf });
  return { ...entities, highlights };
}

/**
 * A change set's sent entities, at its revision. A source the window is still reading keeps
 * the sent list too: the answer on its way may be older, and is then not drawn over it.
 */
export function applyPushed(
  entities: Entities,
  pushed: PushedEntities,
  revision: number,
): Entities {
  let next = entities;
  for (const { sourceId, list } of pushed.highlights)
    next = putHighlights(next, sourceId, list, revision);
  if (!next.themeCounts || next.themeCounts.asOf <= revision)
    next = { ...next, themeCounts: { value: pushed.themeCounts, asOf: revision } };
  return next;
}

/**
 * The themes as read, with the counts last sent when those are newer than the read: a tag
 * moves a count without the codebook being read again.
 */
export function themesWithCounts(
  themes: Stamped<ThemeView[]>,
  counts: Entities['themeCounts'],
): ThemeView[] {
  if (!counts || counts.asOf <= themes.asOf) return themes.value;
  return themes.value.map((t) => ({ ...t, highlightCount: counts.value[t.id] ?? 0 }));
}
