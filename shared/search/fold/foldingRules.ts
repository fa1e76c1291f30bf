/**
 * Romanisation variants folded to one key, applied in order to a lower-case Latin word. Each
 * rule names the variants it merges and carries examples that the tests fold to one key. Keys
 * are for matching only and never shown, so merging a few unrelated English words
 * ("four" / "for") costs nothing.
 */
export interface FoldingRule {
  merges: string;
  pattern: RegExp;
  replacement: string;
  /** Spellings this rule makes meet. */
  examples: [string, string][];
}

export const foldingRules: readonly FoldingRule[] = [
  {
    merges: 'shch / sh (щ)',
    pattern: /shch/g,
    replacement: 'sh',
    examples: [['Щербаков', 'Sherbakov']],
  },
  {
    merges: 'dzh / zh / j',
    pattern: /d?zh/g,
    replacement: 'j',
    examples: [
      ['Zhanaozen', 'Janaozen'],
      ['Dzhambul', 'Jambul'],
      ['Жанаозен', 'Janaozen'],
    ],
  },
  {
    merges: 'kh / h',
    pattern: /kh/g,
    replacement: 'h',
    examples: [
      ['Khorgos', 'Horgos'],
      ['Казахстан', 'Kazakhstan'],
    ],
  },
  { merges: 'gh / g (ғ)', pattern: /gh/g, replacement: 'g', examples: [['Ғалым', 'Galym']] },
  {
    merges: 'q / k (қ)',
    pattern: /q/g,
    replacement: 'k',
    examples: [
      ['Qazaqstan', 'Kazakstan'],
      ['Қазақстан', 'Kazakstan'],
    ],
  },
  {
    merges: 'ts / tz / c (ц)',
    // Only before a vowel, where ц stands; English plurals (protests) keep their -ts.
    pattern: /t[sz](?=[aeiouy])/g,
    replacement: 'c',
    examples: [
      ['Tsoi', 'Tzoi'],
      ['Цой', 'Tsoy'],
      ['Кузнецов', 'Kuznetzov'],
    ],
  },
  { merges: 'x / ks', pattern: /x/g, replacement: 'ks', examples: [['Aleksei', 'Alexei']] },
  {
    merges: 'colour / color, labour / labor',
    pattern: /our(?![aeiouy])/g,
    replacement: 'or',
    examples: [
      ['colour', 'color'],
      ['labour', 'labor'],
      ['colours', 'colors'],
    ],
  },
  {
    merges: 'organise / organize',
    pattern: /is(e|ed|es|ing|ation|ations)$/,
    replacement: 'iz$1',
    examples: [
      ['organise', 'organize'],
      ['organised', 'organized'],
    ],
  },
  {
    merges: '-yev / -ev, ye / e',
    pattern: /ye/g,
    replacement: 'e',
    examples: [
      ['Tokayev', 'Tokaev'],
      ['Yerlan', 'Erlan'],
      ['Токаев', 'Tokayev'],
    ],
  },
  {
    merges: 'y / i (ya / ia, -iy / -y)',
    pattern: /y/g,
    replacement: 'i',
    examples: [
      ['Mangystau', 'Mangistau'],
      ['Dmitriy', 'Dmitri'],
      ['Мангыстау', 'Mangistau'],
    ],
  },
  {
    merges: 'double letters (Kassym / Kasym, -ii / -i)',
    pattern: /([a-z])\1+/g,
    replacement: '$1',
    examples: [
      ['Kassym', 'Kasym'],
      ['Nazarbayev', 'Nazarbaev'],
      ['Назарбаев', 'Nazarbayev'],
    ],
  },
];

/**
 * Whole names whose variants are not spelling rules: after folding, the key on the left is
 * searched as the key on the right.
 */
export const nameAliases: Readonly<Record<string, string>> = {
  // Alma-Ata, the Soviet name of Almaty (keys have double letters merged), and its Russian
  // case forms (Алма-Ату, Алма-Ате; Алма-Аты already folds to almati).
  almata: 'almati',
  almatu: 'almati',
  almate: 'almati',
};
