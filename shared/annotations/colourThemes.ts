import type { LibraryDocument } from '../model/libraryDocument';
import type { Theme } from '../model/theme';
import { addTheme } from '../themes/codebookEdits';
import { nameKey } from '../model/themeTree';

/** A colour's common name, as a writer would call a highlighter pen: hue bands, greys apart. */
export function colourName(color: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(color);
  if (!match) return 'Unnamed colour';
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const light = (max + min) / 2;
  const chroma = max - min;
  if (chroma < 0.12) return light > 0.85 ? 'White' : light < 0.15 ? 'Black' : 'Grey';
  // A pale red is what readers' palettes call pink.
  const pale = light > 0.82;
  let hue =
    max === r ? ((g - b) / chroma) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  hue = (hue * 60 + 360) % 360;
  const bands: [number, string][] = [
    [15, 'Red'],
    [45, 'Orange'],
    [70, 'Yellow'],
    [160, 'Green'],
    [200, 'Teal'],
    [255, 'Blue'],
    [290, 'Purple'],
    [350, 'Pink'],
    [360, 'Red'],
  ];
  const name = bands.find(([upTo]) => hue < upTo)![1];
  return name === 'Red' && pale ? 'Pink' : name;
}

/**
 * The theme highlights of a colour take: the theme the writer named, else the theme of that
 * exact colour (so renaming "Yellow highlights" once sends every later yellow there), else a
 * theme named for the colour, made in it the first time the colour is met.
 */
export function themeForColour(
  doc: LibraryDocument,
  color: string,
  named?: string,
): { doc: LibraryDocument; theme: Theme } {
  const find = (name: string) =>
    doc.themes.find((t) => t.id === name || nameKey(t.name) === nameKey(name));
  if (named) {
    const theme = find(named);
    if (theme) return { doc, theme };
    const next = addTheme(doc, { name: named });
    return { doc: next, theme: next.themes.at(-1)! };
  }
  const same = color && doc.themes.find((t) => t.color.toLowerCase() === color.toLowerCase());
  if (same) return { doc, theme: same };
  const name = color ? `${colourName(color)} highlights` : 'Imported highlights';
  const existing = find(name);
  if (existing) return { doc, theme: existing };
  const next = addTheme(doc, { name, ...(color ? { color: color.toLowerCase() } : {}) });
  return { doc: next, theme: next.themes.at(-1)! };
}
