/** Longer quotes are cut: a brief sets passages side by side, it does not reprint articles. */
export const MAX_QUOTE_CHARACTERS = 600;

/**
 * A quote cut, when it is long, at the end of a sentence (or else of a word) before the limit:
 * what is kept is a verbatim part of the source, never reworded; the caller adds the ellipsis.
 */
export function trimQuote(
  text: string,
  limit = MAX_QUOTE_CHARACTERS,
): { text: string; trimmed: boolean } {
  if (text.length <= limit) return { text, trimmed: false };
  const head = text.slice(0, limit);
  const sentence = Math.max(
    ...['. ', '! ', '? ', '." ', '.” '].map((end) => head.lastIndexOf(end)),
  );
  const cut = sentence > limit / 2 ? head.indexOf(' ', sentence) : head.lastIndexOf(' ');
  return { text: head.slice(0, cut > 0 ? cut : limit).trimEnd(), trimmed: true };
}
