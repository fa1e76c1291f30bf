/** Article-like text with the corpus's kind of names, made from a seeded generator. */
const WORDS = (
  'the protest strike workers oil price gas government president police city square region ' +
  'wages union elite clan troops foreign killed arrested january crowd demands reform power ' +
  'security army movement country capital western northern southern economy inflation'
).split(' ');
const NAMES = [
  'Zhanaozen',
  'Janaozen',
  'Nazarbayev',
  'Nazarbaev',
  'Tokayev',
  'Almaty',
  'Mangystau',
  'Aktau',
];

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticArticle(index: number, paragraphs = 12): string {
  const random = seededRandom(index + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 12) }, () =>
      random() < 0.06 ? pick(NAMES) : pick(WORDS),
    );
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const body = Array.from({ length: paragraphs }, () =>
    Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' '),
  );
  return [`Report ${index}: ${pick(NAMES)} and the ${pick(WORDS)}`, ...body].join('\n\n');
}
