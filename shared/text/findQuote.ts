/*
 * Where a quote a writer typed stands in a text, however they typed its quotation marks,
 * dashes, capitals and spaces: "don't" finds "don’t", "Ivan the terrible" finds "Ivan the
 * Terrible", two spaces find one and a line break.
 */

const SAME: Record<string, string> = {
  '‘': "'",
  '’': "'",
  ʼ: "'",
  '‛': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
};

/** One code unit for one: case and typography aside, offsets unchanged. */
function fold(unit: string): string {
  const same = SAME[unit];
  if (same) return same;
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
}

/** The folded text with each run of white space as one space, and where each unit came from. */
function folded(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    if (/\s/u.test(unit)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += fold(unit);
    from.push(i);
  }
  return { text: out, from };
}

/** Every place the quote stands in the text, as offsets into the text as it is. */
export function findQuote(text: string, quote: string): { start: number; end: number }[] {
  const wanted = folded(quote.trim()).text;
  if (!wanted) return [];
  const { text: haystack, from } = folded(text);
  const found: { start: number; end: number }[] = [];
  for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + 1))
    found.push({ start: from[at]!, end: from[at + wanted.length - 1]! + 1 });
  return found;
}
