import { ArchiveError } from '../model/errors';
import { errorWords } from '../model/errorWords';
import type { LibraryDocument } from '../model/libraryDocument';
import type { Theme } from '../model/theme';
import { nameKey } from '../model/themeTree';

export function findTheme(doc: { themes: readonly Theme[] }, id: string): Theme {
  const theme = doc.themes.find((t) => t.id === id);
  if (!theme)
    throw new ArchiveError(
      'NOT_FOUND',
      errorWords('No theme with id {{id}} in the codebook.', { id }),
    );
  return theme;
}

/** An id a writer can type in a query (theme:foreign-involvement), unique in the codebook. */
export function themeIdFor(name: string, existing: readonly Theme[]): string {
  const base = nameKey(name) || 'theme';
  let id = base;
  for (let n = 2; existing.some((t) => t.id === id); n++) id = `${base}-${n}`;
  return id;
}

function checkName(doc: LibraryDocument, name: string, except?: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new ArchiveError('INVALID_INPUT', errorWords('A theme needs a name.'));
  const clash = doc.themes.find((t) => t.id !== except && nameKey(t.name) === nameKey(trimmed));
  if (clash)
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords('There is already a theme named “{{name}}”.', { name: clash.name }),
    );
  return trimmed;
}

/** A parent must exist and must not be the theme itself or one of its descendants. */
function checkParent(doc: LibraryDocument, id: string | null, parentId: string | null): void {
  if (parentId === null) return;
  findTheme(doc, parentId);
  for (let at: string | null = parentId; at !== null; at = findTheme(doc, at).parentId) {
    if (at === id)
      throw new ArchiveError(
        'INVALID_INPUT',
        errorWords('A theme cannot be nested inside itself.'),
      );
  }
}

export interface ThemeFields {
  name: string;
  color: string;
  description: string;
  parentId: string | null;
  cues: string[];
}

const PALETTE = [
  '#3a9d5d',
  '#b8860b',
  '#d35f8d',
  '#5b6abf',
  '#2a9d9d',
  '#7f8c2d',
  '#a0522d',
  '#6d6d6d',
];

export function addTheme(
  doc: LibraryDocument,
  fields: Partial<ThemeFields> & { name: string },
): LibraryDocument {
  const name = checkName(doc, fields.name);
  const parentId = fields.parentId ?? null;
  checkParent(doc, null, parentId);
  const theme: Theme = {
    id: themeIdFor(name, doc.themes),
    name,
    color: fields.color ?? PALETTE[doc.themes.length % PALETTE.length]!,
    description: fields.description ?? '',
    parentId,
    cues: fields.cues ?? [],
  };
  return { ...doc, themes: [...doc.themes, theme] };
}

export function updateTheme(
  doc: LibraryDocument,
  id: string,
  fields: Partial<ThemeFields>,
): LibraryDocument {
  const theme = findTheme(doc, id);
  const next: Theme = { ...theme, ...fields };
  if (fields.name !== undefined) next.name = checkName(doc, fields.name, id);
  if (fields.parentId !== undefined) checkParent(doc, id, fields.parentId);
  return { ...doc, themes: doc.themes.map((t) => (t.id === id ? next : t)) };
}

/** Every highlight of `fromId` moves to `intoId`; its sub-themes move under `intoId`. */
export function mergeThemes(doc: LibraryDocument, fromId: string, intoId: string): LibraryDocument {
  if (fromId === intoId)
    throw new ArchiveError('INVALID_INPUT', errorWords('A theme cannot be merged into itself.'));
  findTheme(doc, fromId);
  const into = findTheme(doc, intoId);
  checkParent(doc, fromId, into.id);
  return {
    ...doc,
    themes: doc.themes
      .filter((t) => t.id !== fromId)
      .map((t) => (t.parentId === fromId ? { ...t, parentId: intoId } : t)),
    highlights: doc.highlights.map((h) =>
      h.themeIds.includes(fromId)
        ? { ...h, themeIds: [...new Set(h.themeIds.map((t) => (t === fromId ? intoId : t)))] }
        : h,
    ),
    dismissedSuggestions: doc.dismissedSuggestions.filter((d) => d.themeId !== fromId),
  };
}

/**
 * Removes a theme from the codebook and from its highlights; a highlight left with no theme is
 * removed too (the writer was told how many before confirming). Sub-themes move up a level.
 */
export function deleteTheme(doc: LibraryDocument, id: string): LibraryDocument {
  const theme = findTheme(doc, id);
  return {
    ...doc,
    themes: doc.themes
      .filter((t) => t.id !== id)
      .map((t) => (t.parentId === id ? { ...t, parentId: theme.parentId } : t)),
    highlights: doc.highlights
      .map((h) =>
        h.themeIds.includes(id) ? { ...h, themeIds: h.themeIds.filter((t) => t !== id) } : h,
      )
      .filter((h) => h.themeIds.length > 0),
    dismissedSuggestions: doc.dismissedSuggestions.filter((d) => d.themeId !== id),
  };
}

export function highlightCounts(doc: LibraryDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const h of doc.highlights)
    for (const t of h.themeIds) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
