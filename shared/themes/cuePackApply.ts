import type { LibraryDocument } from '../model/libraryDocument';
import { addTheme, updateTheme } from './codebookEdits';
import { nameKey } from '../model/themeTree';
import type { CuePack } from './cuePacks';

/**
 * A cue pack added to the codebook: each of its themes, found by id or by name, gains the
 * pack's cues it lacks; a theme the codebook does not have is added.
 */
export function addCuePack(
  doc: LibraryDocument,
  pack: CuePack,
): { doc: LibraryDocument; cues: number; themes: string[] } {
  let next = doc;
  let cues = 0;
  const themes: string[] = [];
  for (const part of pack.themes) {
    const theme =
      next.themes.find((t) => t.id === part.themeId) ??
      next.themes.find((t) => nameKey(t.name) === nameKey(part.name));
    if (!theme) {
      next = addTheme(next, { name: part.name, cues: part.cues });
      cues += part.cues.length;
      themes.push(part.name);
      continue;
    }
    const missing = part.cues.filter((c) => !theme.cues.includes(c));
    if (!missing.length) continue;
    next = updateTheme(next, theme.id, { cues: [...theme.cues, ...missing] });
    cues += missing.length;
    themes.push(theme.name);
  }
  return { doc: next, cues, themes };
}
