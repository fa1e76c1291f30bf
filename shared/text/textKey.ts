/** Text as two copies of it compare: case, punctuation and spacing aside. */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Text with case, punctuation and spacing all aside, run together: "AppleInsider" is the
 * domain appleinsider.com's name, "The Guardian" theguardian.com's.
 */
export function compactKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
