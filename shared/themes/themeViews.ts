import type { LibraryDocument } from '../model/libraryDocument';
import type { Highlight } from '../model/theme';
import { themeAndDescendants } from '../model/themeTree';

export function highlightsUnder(doc: LibraryDocument, themeId: string): Highlight[] {
  const ids = themeAndDescendants(doc, themeId);
  return doc.highlights.filter((h) => h.themeIds.some((t) => ids.has(t)));
}

/** Sources × themes: how many highlights of each theme (its sub-themes included) each source holds. */
export function themeMatrix(doc: LibraryDocument): {
  sourceIds: string[];
  themeIds: string[];
  counts: number[][];
} {
  const sourceIds = doc.sources.map((s) => s.id);
  const themeIds = doc.themes.map((t) => t.id);
  const row = new Map(sourceIds.map((id, i) => [id, i]));
  const counts = sourceIds.map(() => themeIds.map(() => 0));
  themeIds.forEach((themeId, col) => {
    for (const h of highlightsUnder(doc, themeId)) {
      const r = row.get(h.sourceId);
      if (r !== undefined) counts[r]![col]!++;
    }
  });
  return { sourceIds, themeIds, counts };
}
