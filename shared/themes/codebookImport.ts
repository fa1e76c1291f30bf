import type { LibraryDocument } from '../model/libraryDocument';
import { highlightCounts, addTheme, deleteTheme, updateTheme } from './codebookEdits';
import { nameKey } from '../model/themeTree';
import type { FileTheme } from './codebookFiles';

export interface CodebookChange {
  added: string[];
  updated: string[];
  /** Themes a replacing codebook removed: only ones no highlight used. */
  removed: string[];
  /** Themes a replacing codebook would have removed but highlights use: kept, nothing lost. */
  kept: string[];
}

/**
 * A codebook file applied to the library's codebook. Themes are matched by name (case and
 * accents aside): a match takes the file's description, colour and parent, and gains its cues;
 * others are added. `replace` also removes the library's themes the file does not name, except
 * those highlights use, which are kept and reported. Two themes of one name in the file (under
 * different parents) become "name (parent)". `ids` gives the library's theme for each file theme.
 */
export function applyCodebook(
  doc: LibraryDocument,
  file: readonly FileTheme[],
  mode: 'merge' | 'replace',
): { doc: LibraryDocument; change: CodebookChange; ids: string[] } {
  const change: CodebookChange = { added: [], updated: [], removed: [], kept: [] };
  const names = uniqueNames(file);
  const ids: string[] = [];
  let next = doc;
  // Parents first, so each child finds its parent's id.
  for (const i of depthOrder(file)) {
    const theme = file[i]!;
    const name = names[i]!;
    const parentId = theme.parent === null ? null : (ids[theme.parent] ?? null);
    const existing = next.themes.find((t) => nameKey(t.name) === nameKey(name));
    if (existing) {
      const fields = {
        ...(theme.color ? { color: theme.color } : {}),
        ...(theme.description ? { description: theme.description } : {}),
        cues: [...new Set([...(mode === 'merge' ? existing.cues : []), ...theme.cues])],
      };
      try {
        next = updateTheme(next, existing.id, { ...fields, parentId });
      } catch {
        // The file nests it under one of its own sub-themes here: it keeps its place.
        next = updateTheme(next, existing.id, fields);
      }
      ids[i] = existing.id;
      change.updated.push(name);
    } else {
      next = addTheme(next, {
        name,
        ...(theme.color ? { color: theme.color } : {}),
        description: theme.description,
        parentId,
        cues: theme.cues,
      });
      ids[i] = next.themes.at(-1)!.id;
      change.added.push(name);
    }
  }
  if (mode === 'replace') {
    const named = new Set(ids);
    const used = highlightCounts(next);
    for (const theme of next.themes.filter((t) => !named.has(t.id))) {
      if (used.get(theme.id)) change.kept.push(theme.name);
      else {
        next = deleteTheme(next, theme.id);
        change.removed.push(theme.name);
      }
    }
  }
  return { doc: next, change, ids };
}

function uniqueNames(file: readonly FileTheme[]): string[] {
  const seen = new Set<string>();
  return file.map((theme) => {
    let name = theme.name;
    if (seen.has(nameKey(name)) && theme.parent !== null)
      name = `${name} (${file[theme.parent]!.name})`;
    for (let n = 2; seen.has(nameKey(name)); n++) name = `${theme.name} ${n}`;
    seen.add(nameKey(name));
    return name;
  });
}

function depthOrder(file: readonly FileTheme[]): number[] {
  const depth = (i: number): number => (file[i]!.parent === null ? 0 : 1 + depth(file[i]!.parent!));
  return file.map((_, i) => i).sort((a, b) => depth(a) - depth(b));
}
