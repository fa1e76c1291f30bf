/**
 * Modern Greek to Latin as English-language sources write Greek names (ELOT 743 with the
 * common digraph readings): Τσίπρας → tsipras, Θεσσαλονίκη → thessaloniki, Μπακογιάννη →
 * bakogianni. Input is lower case with accents already removed.
 */
const letters: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** Pairs read as one sound; word-initial μπ and ντ are b and d (Μπακογιάννη, Ντόρα). */
const digraphs: readonly [RegExp, string][] = [
  [/^μπ/, 'b'],
  [/^ντ/, 'd'],
  [/μπ/g, 'mb'],
  [/ντ/g, 'nd'],
  [/γγ/g, 'ng'],
  [/^γκ/, 'g'],
  [/γκ/g, 'ng'],
  [/γχ/g, 'nch'],
  [/ου/g, 'ou'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
];

const GREEK = /[\u0370-\u03FF]/;

export function hasGreek(text: string): boolean {
  return GREEK.test(text);
}

export function greekToLatin(lower: string): string {
  let word = lower;
  for (const [pattern, latin] of digraphs) word = word.replace(pattern, latin);
  let out = '';
  for (const ch of word) out += letters[ch] ?? ch;
  return out;
}
