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
    .map((line) => line.replace(/[ \t\u00A0]+$/, ''))
    .join('\n')
    .trim();
}
