// Saved pages: Dossier's metadata for each of Mozilla Readability's test pages against the
// metadata the Readability project expects (expected-metadata.json), beside Readability 0.6 run
// alone on the same source.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { overlap, words } from './wordOverlap';
import { htmlDocument } from '../../electron/main/import/htmlDocument';
import type { CslMetadata, CslName } from '../../shared/model/source';

interface Expected {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}
interface Found {
  title?: string;
  authors: string[];
  site?: string;
  date?: string;
}
export type Field = 'title' | 'titleNoSite' | 'byline' | 'site' | 'date';
export interface PageScore {
  page: string;
  /** Share of the words of the article Readability's project expects that the body keeps. */
  bodyKept: number | null;
  right: Record<Field, boolean | null>;
  found: Found;
  expected: Expected;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const fold = (s: string | null | undefined) =>
  squash(s)
    .toLowerCase()
    .replace(/^by\s+/, '');
const nameText = (n: CslName) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');

function fromCsl(metadata: CslMetadata, title: string | null): Found {
  const parts = metadata.issued?.['date-parts']?.[0];
  return {
    title: typeof metadata.title === 'string' ? metadata.title : (title ?? undefined),
    authors: (metadata.author ?? []).map(nameText),
    site: typeof metadata['container-title'] === 'string' ? metadata['container-title'] : undefined,
    date: parts?.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('-'),
  };
}

/** Each field scored only where the Readability project expects a value. */
function score(found: Found, expected: Expected): Record<Field, boolean | null> {
  const byline = fold(expected.byline);
  const date = expected.publishedTime
    ? /^\d{4}-\d{2}-\d{2}/.exec(expected.publishedTime)?.[0]
    : null;
  return {
    title: expected.title ? squash(found.title) === squash(expected.title) : null,
    // Dossier strips a trailing " | Site" that Readability sometimes keeps.
    titleNoSite: expected.title
      ? squash(found.title) === squash(expected.title) ||
        (squash(expected.title).startsWith(`${squash(found.title)} `) &&
          /^\s*[|–—·:-]\s*\S/.test(squash(expected.title).slice(squash(found.title).length)))
      : null,
    // The byline is found when Dossier names someone and everyone it names as an author is in
    // it. (Readability's expected bylines are raw text: dates, "By", outlets and job titles
    // mixed in, so whether every person in them is credited is checked by eye, not here.)
    byline: byline
      ? found.authors.length > 0 && found.authors.every((a) => byline.includes(fold(a)))
      : null,
    site: expected.siteName ? squash(found.site) === squash(expected.siteName) : null,
    date: date ? found.date === date : null,
  };
}

export function pageScores(pagesDir: string): { dossier: PageScore[]; alone: PageScore[] } {
  const dossier: PageScore[] = [];
  const alone: PageScore[] = [];
  for (const page of readdirSync(pagesDir).sort()) {
    const dir = join(pagesDir, page);
    if (!existsSync(join(dir, 'expected-metadata.json'))) continue;
    const source = readFileSync(join(dir, 'source.html'), 'utf8');
    const expected = JSON.parse(
      readFileSync(join(dir, 'expected-metadata.json'), 'utf8'),
    ) as Expected;
    let found: Found = { authors: [] };
    let body: string[] = [];
    try {
      const doc = htmlDocument(source);
      found = fromCsl(doc.metadata ?? {}, doc.title);
      body = words(
        [
          doc.title ?? '',
          ...doc.blocks.map((b) => b.text),
          ...doc.captions.map((c) => c.text),
          // Comments are kept too, as sources linked to the article.
          ...doc.comments.flatMap((c) => [c.author ?? '', c.date ?? '', c.text]),
        ].join('\n'),
      );
    } catch {
      // A page Dossier refuses scores nothing.
    }
    const expectedWords = articleWords(join(dir, 'expected.html'));
    const bodyKept =
      expectedWords && expectedWords.length >= 50
        ? overlap(expectedWords, body) / expectedWords.length
        : null;
    dossier.push({ page, found, expected, right: score(found, expected), bodyKept });
    const { window } = new JSDOM(source, {
      url: 'http://fakehost/test/page.html',
      virtualConsole: new VirtualConsole(),
    });
    const article = new Readability(window.document).parse();
    window.close();
    const own: Found = {
      ...(article?.title ? { title: article.title } : {}),
      authors: article?.byline ? [article.byline] : [],
      ...(article?.siteName ? { site: article.siteName } : {}),
      ...(article?.publishedTime ? { date: article.publishedTime.slice(0, 10) } : {}),
    };
    alone.push({ page, found: own, expected, right: score(own, expected), bodyKept: null });
  }
  return { dossier, alone };
}

function articleWords(file: string): string[] | null {
  if (!existsSync(file)) return null;
  const { window } = new JSDOM(readFileSync(file, 'utf8'), {
    virtualConsole: new VirtualConsole(),
  });
  const list = words(window.document.body.textContent ?? '');
  window.close();
  return list;
}

export function fieldRates(scores: PageScore[]): Record<Field, { right: number; of: number }> {
  const rates = {} as Record<Field, { right: number; of: number }>;
  for (const field of ['title', 'titleNoSite', 'byline', 'site', 'date'] as const) {
    const scored = scores.filter((s) => s.right[field] !== null);
    rates[field] = { right: scored.filter((s) => s.right[field]).length, of: scored.length };
  }
  return rates;
}
