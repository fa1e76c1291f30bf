export interface Caption {
  text: string;
  credit: string;
  /** The image's alternative text, as the page gave it. */
  alt: string;
}

// "<alt> Image <credit words><Caption text> / Image: <credit>": a pasted figure, its parts run
// together (the caption begins where a lower-case letter meets a capital).
const FIGURE = /^(.*?)\s+Image\s*(.*?[\p{Ll}.\d])(\p{Lu}.*?)\s+\/\s+Image:\s+(.+)$/u;

export function parseCaption(line: string): Caption | null {
  const match = FIGURE.exec(line.trim());
  if (!match) return null;
  const [, alt, , text, credit] = match;
  return { alt: alt!.trim(), text: text!.trim(), credit: credit!.trim() };
}
