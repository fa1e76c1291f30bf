/**
 * Romanisation variants folded to one key, applied in order to a lower-case Latin word. Each
 * rule names the variants it merges; tests pin every one. Keys are for matching only and are
 * never shown, so merging a few unrelated English words ("four"/"for") costs nothing.
 */
export interface FoldingRule {
  merges: string;
  pattern: RegExp;
  replacement: string;
}

export const foldingRules: readonly FoldingRule[] = [
  { merges: 'shch / sh (щ)', pattern: /shch/g, replacement: 'sh' },
  { merges: 'dzh / zh / j (Dzhambul, Zhanaozen / Janaozen)', pattern: /d?zh/g, replacement: 'j' },
  { merges: 'kh / h (Kazakhstan, Khorgos / Horgos)', pattern: /kh/g, replacement: 'h' },
  { merges: 'gh / g (ғ)', pattern: /gh/g, replacement: 'g' },
  { merges: 'q / k (қ: Qazaqstan / Kazakstan)', pattern: /q/g, replacement: 'k' },
  { merges: 'ts / tz / c (ц)', pattern: /t[sz]/g, replacement: 'c' },
  { merges: 'x / ks', pattern: /x/g, replacement: 'ks' },
  { merges: 'colour / color, labour / labor', pattern: /our(?![aeiouy])/g, replacement: 'or' },
  { merges: 'organise / organize', pattern: /is(e|ed|es|ing|ation|ations)$/, replacement: 'iz$1' },
  {
    merges: '-yev / -ev, ye / e (Tokayev / Tokaev, Yerlan / Erlan)',
    pattern: /ye/g,
    replacement: 'e',
  },
  { merges: 'y / i (Mangystau / Mangistau, ya / ia, -iy / -y)', pattern: /y/g, replacement: 'i' },
  {
    merges: 'double letters (Kassym / Kasym, -ii / -i)',
    pattern: /([a-z])\1+/g,
    replacement: '$1',
  },
];

/**
 * Whole names whose variants are not spelling rules: after folding, the key on the left is
 * searched as the key on the right.
 */
export const nameAliases: Readonly<Record<string, string>> = {
  almata: 'almati', // Alma-Ata (folded: double letters merged), the Soviet name of Almaty
};
