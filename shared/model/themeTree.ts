import { ArchiveError } from './errors';
import type { LibraryDocument } from './libraryDocument';
import type { Theme } from './theme';

/** A name without case, accents or punctuation: two themes may not share one. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** A theme named as a writer would: its id or its name, in any case or accents. */
export function resolveTheme<T extends Theme>(themes: readonly T[], ref: string): T {
  const theme =
    themes.find((t) => t.id === ref) ?? themes.find((t) => nameKey(t.name) === nameKey(ref));
  if (!theme) {
    throw new ArchiveError(
      'NOT_FOUND',
      `No theme named “${ref}”. The codebook has: ${themes.map((t) => t.name).join(', ')}.`,
    );
  }
  return theme;
}

/** A theme and every theme nested below it. */
export function themeAndDescendants(doc: LibraryDocument, themeId: string): Set<string> {
  const ids = new Set([themeId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of doc.themes) {
      if (t.parentId !== null && ids.has(t.parentId) && !ids.has(t.id)) {
        ids.add(t.id);
        grew = true;
      }
    }
  }
  return ids;
}
