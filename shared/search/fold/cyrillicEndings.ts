/**
 * Case and number endings of Russian and Kazakh nouns and adjectives. A Cyrillic word is also
 * indexed under its stems, so "Назарбаевты", "Алматыда" or "Жанаозена" meet the name a Latin
 * query gives. A word may end in more than one ending ("-на" Kazakh, "-а" Russian): each that
 * leaves at least MIN_STEM letters gives a stem, since the language is not known.
 */
const russian = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ой',
  'ей',
  'ом',
  'ем',
  'ах',
  'ях',
  'ам',
  'ям',
  'ов',
  'ев',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
];
const kazakh = [
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'нда',
  'нде',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'мен',
  'бен',
  'пен',
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'да',
  'де',
  'та',
  'те',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
];

export const cyrillicEndings: readonly string[] = [...new Set([...russian, ...kazakh])].sort(
  (a, b) => b.length - a.length,
);

const MIN_STEM = 4;

/** The word without each ending it may have. */
export function stripCyrillicEndings(lower: string): string[] {
  return cyrillicEndings
    .filter((ending) => lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM)
    .map((ending) => lower.slice(0, -ending.length));
}
