// Word counts for scoring text against an expected article.

// Scripts written without spaces count by character, so line breaks cannot split a "word".
export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .match(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}]+/gu,
    ) ?? [];

function counts(list: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const w of list) map.set(w, (map.get(w) ?? 0) + 1);
  return map;
}

/** How many words two lists share, each word counted as often as both have it. */
export function overlap(a: string[], b: string[]): number {
  const bc = counts(b);
  let shared = 0;
  for (const [w, n] of counts(a)) shared += Math.min(n, bc.get(w) ?? 0);
  return shared;
}
