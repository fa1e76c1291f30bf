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

/**
 * A saved web page around a synthetic article, as a browser's "Save page" leaves it: metadata
 * in the head, a site menu, inline styles and scripts, the article, and a footer of links
 * (about 55 KB).
 */
export function syntheticPage(index: number): string {
  const [title, ...paragraphs] = syntheticArticle(index, 16).split('\n\n');
  const links = (n: number) =>
    Array.from({ length: n }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join(
      '',
    );
  const style = `.c${index}{margin:0}`.repeat(1500);
  const script = `window.__state=${JSON.stringify({ page: index, items: Array.from({ length: 400 }, (_, i) => ({ id: i, label: `item ${i}` })) })};`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Daily Bench</title>
<meta property="og:title" content="${title}"><meta name="author" content="Staff Reporter ${index}">
<meta property="article:published_time" content="2024-03-${String(1 + (index % 28)).padStart(2, '0')}T08:00:00Z">
<style>${style}</style><script>${script}</script></head><body>
<header><nav><ul>${links(150)}</ul></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Staff Reporter ${index}</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<aside><ul>${links(60)}</ul></aside><footer><ul>${links(120)}</ul></footer></body></html>`;
}
