/**
 * Lines of a typeset page as running text: a line that ends in a hyphen before a lower-case
 * word was a word broken by the typesetter, and is joined without it.
 */
export function joinBrokenLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    const next = line.trim();
    if (!next) return text;
    if (!text) return next;
    return /\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(next)
      ? text.slice(0, -1) + next
      : `${text} ${next}`;
  }, '');
}
