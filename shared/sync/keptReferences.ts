import type { LibraryDocument } from '../model/libraryDocument';

/** A record this replica deleted, kept because another writer has used it since. */
export interface KeptRecord {
  collection: 'themes' | 'sources';
  id: string;
  label: string;
}

const ids = <T extends { id: string }>(records: readonly T[]) => new Set(records.map((r) => r.id));

/**
 * The writer's library with the deletions undone that another writer's work now depends on:
 * a theme deleted here that highlights or sub-themes made elsewhere use, a source deleted here
 * that has highlights made elsewhere. The kept record is the remote one, so a rename made there
 * is kept too. `base` is the library as last agreed, `remote` as the server has it now.
 */
export function keepUsedRecords(
  base: LibraryDocument,
  local: LibraryDocument,
  remote: LibraryDocument,
): { local: LibraryDocument; kept: KeptRecord[] } {
  const localThemes = ids(local.themes);
  const localSources = ids(local.sources);
  const localHighlights = ids(local.highlights);
  const baseHighlights = ids(base.highlights);
  // Highlights the writer has not deleted here: made elsewhere, or still in use here.
  const liveRemote = remote.highlights.filter(
    (h) => localHighlights.has(h.id) || !baseHighlights.has(h.id),
  );
  const themesUsed = new Set([
    ...liveRemote.flatMap((h) => h.themeIds),
    ...remote.themes
      .filter((t) => localThemes.has(t.id) || !ids(base.themes).has(t.id))
      .map((t) => t.parentId),
  ]);
  const sourcesUsed = new Set(
    liveRemote.filter((h) => !baseHighlights.has(h.id)).map((h) => h.sourceId),
  );
  const keptThemes = remote.themes.filter(
    (t) => !localThemes.has(t.id) && ids(base.themes).has(t.id) && themesUsed.has(t.id),
  );
  const keptSources = remote.sources.filter(
    (s) => !localSources.has(s.id) && ids(base.sources).has(s.id) && sourcesUsed.has(s.id),
  );
  if (!keptThemes.length && !keptSources.length) return { local, kept: [] };
  // A kept theme goes back where it stood in the codebook, so its order is not a change.
  const themes = [...local.themes];
  for (const theme of keptThemes) {
    const at = base.themes.findIndex((t) => t.id === theme.id);
    themes.splice(Math.min(at, themes.length), 0, theme);
  }
  return {
    local: { ...local, themes, sources: [...local.sources, ...keptSources] },
    kept: [
      ...keptThemes.map((t) => ({ collection: 'themes' as const, id: t.id, label: t.name })),
      ...keptSources.map((s) => ({ collection: 'sources' as const, id: s.id, label: s.title })),
    ],
  };
}

/**
 * Records the merged library lacks but still names (a highlight's theme or source, a theme's
 * parent) that this writer's library has: another writer deleted them while they were used
 * here, and they come back.
 */
export function usedButDeleted(
  merged: LibraryDocument,
  local: LibraryDocument,
): { themes: LibraryDocument['themes']; sources: LibraryDocument['sources'] } {
  const themeIds = ids(merged.themes);
  const sourceIds = ids(merged.sources);
  const wantedThemes = new Set([
    ...merged.highlights.flatMap((h) => h.themeIds),
    ...merged.themes.flatMap((t) => (t.parentId ? [t.parentId] : [])),
  ]);
  const wantedSources = new Set(merged.highlights.map((h) => h.sourceId));
  return {
    themes: local.themes.filter((t) => wantedThemes.has(t.id) && !themeIds.has(t.id)),
    sources: local.sources.filter((s) => wantedSources.has(s.id) && !sourceIds.has(s.id)),
  };
}
