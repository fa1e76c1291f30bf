/**
 * Russian and Kazakh Cyrillic to Latin, in the spelling English-language sources most often use
 * (Жанаозен → zhanaozen, Назарбаев → nazarbaev). The folding rules then merge this with the
 * other romanisations, so the table only has to be one of them, consistently.
 */
export const cyrillicToLatin: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh letters beyond the Russian alphabet.
  ә: 'a',
  ғ: 'gh',
  қ: 'q',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Ukrainian and Belarusian letters that turn up in names.
  ї: 'yi',
  є: 'ye',
  ў: 'u',
};

/**
 * Ukrainian г is h and и is y (Харків → kharkiv, Гончаренко → honcharenko). A word is read as
 * Ukrainian when it has a letter only Ukrainian uses, or і without any Kazakh-only letter.
 */
const ukrainianOverrides: Readonly<Record<string, string>> = { г: 'h', и: 'y', ґ: 'g' };
const UKRAINIAN_ONLY = /[їєґ]/;
const KAZAKH_ONLY = /[әғқңөұүһ]/;

function isUkrainian(lower: string): boolean {
  return UKRAINIAN_ONLY.test(lower) || (lower.includes('і') && !KAZAKH_ONLY.test(lower));
}

const CYRILLIC = /[\u0400-\u04FF]/;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

export function transliterate(lower: string): string {
  if (!hasCyrillic(lower)) return lower;
  const overrides = isUkrainian(lower) ? ukrainianOverrides : {};
  let out = '';
  for (const ch of lower) out += overrides[ch] ?? cyrillicToLatin[ch] ?? ch;
  return out;
}
