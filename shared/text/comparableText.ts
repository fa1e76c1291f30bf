// Characters readers and typesetters swap for one another: a quote made in one tool must find
// its words in Dossier's copy of the text whichever of them each used.
const FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
};
const DROPPED = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/**
 * Text as two copies of it are compared: each run of white space one space, and (when `fold`)
 * quotation marks, dashes, ligatures and case folded and invisible characters dropped; with,
 * for each character of the result, the offset in `text` it came from.
 */
export function comparableText(text: string, fold = false): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (fold && DROPPED.test(c)) continue;
    if (/\s/u.test(c)) {
      if (!space && out.length) {
        out += ' ';
        from.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    for (const f of fold ? (FOLDS[c] ?? c).normalize('NFKC').toLowerCase() : c) {
      out += f;
      from.push(i);
    }
  }
  return { text: out, from };
}
