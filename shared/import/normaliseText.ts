/**
 * The text Dossier stores and addresses by offsets: one newline convention, NFC, no byte-order
 * mark, no trailing blanks. Two files that differ only in those are the same text.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map(withoutTrailingBlanks)
    .join('\n')
    .trim();
}

const BLANK = new Set([' ', '\t', '\u00A0']);

/**
 * A line without the blanks it ends with. Not /[ \t]+$/: a regular expression tries that at
 * every blank of a long run that text follows, quadratic in the run (a 9 MB indented file: 17 s).
 */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && BLANK.has(line[end - 1]!)) end--;
  return end === line.length ? line : line.slice(0, end);
}
