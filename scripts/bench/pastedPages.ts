// Pasted pages: what a writer gets with Select All + Copy on each of Mozilla Readability's test
// pages (the page's innerText in Chromium, scripts off, nothing fetched), cleaned by Dossier, and
// scored against the article Readability's project expects (expected.html): how many of the
// article's words are kept, and how much of what is kept is article.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { normaliseText } from '../../shared/import/normaliseText';
import { creditedMetadata } from '../../shared/import/webText/creditedMetadata';
import { recoverStructure } from '../../shared/import/webText/recoverStructure';
import { overlap, words } from './wordOverlap';

const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

/** A page to paste: its name and its saved HTML. */
export interface PageSource {
  name: string;
  html: () => string;
}

/** Readability's test pages that have an expected article. */
export function readabilityPages(pagesDir: string): PageSource[] {
  return readdirSync(pagesDir)
    .filter((p) => existsSync(join(pagesDir, p, 'expected.html')))
    .map((name) => ({
      name,
      html: () => readFileSync(join(pagesDir, name, 'source.html'), 'utf8'),
    }));
}

/** Each page's innerText, rendered once and kept beside the test material. */
export async function pastedTexts(
  pages: PageSource[],
  cacheDir: string,
): Promise<Map<string, string>> {
  mkdirSync(cacheDir, { recursive: true });
  const missing = pages.filter((p) => !existsSync(join(cacheDir, `${p.name}.txt`)));
  if (missing.length) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const tab = await context.newPage();
    for (const page of missing) {
      await tab.setContent(page.html(), { waitUntil: 'domcontentloaded' });
      const text = await tab.evaluate(() => document.body?.innerText ?? '');
      writeFileSync(join(cacheDir, `${page.name}.txt`), text);
    }
    await browser.close();
  }
  return new Map(pages.map((p) => [p.name, readFileSync(join(cacheDir, `${p.name}.txt`), 'utf8')]));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The same title, or the page's title with its " | Site" suffix. */
function sameTitle(found: string | null, expected: string): boolean {
  if (!found) return false;
  const a = squash(found);
  const b = squash(expected);
  return a === b || (b.startsWith(a) && /^\s*[|–—·:-]\s*\S/.test(b.slice(a.length)));
}

export interface PasteScore {
  page: string;
  /** Share of the article's words that the text keeps. */
  recall: number;
  /** Share of the kept words that are the article's. */
  precision: number;
  pastedPrecision: number;
  removedLines: number;
  /** Whether the title found is the page's title (Readability's expected one), or null. */
  titleRight: boolean | null;
  title: string | null;
  /** The date read from the paste is the page's published date; null where none is expected. */
  dateRight: boolean | null;
  /** Every author read from the paste is in the page's byline; null where none is expected. */
  bylineRight: boolean | null;
  /** Whether the paste gave a date, or an author, at all. */
  dated: boolean;
  credited: boolean;
}

/** What a page's paste is scored against: its article's text and the metadata it declares. */
export interface PageTruth {
  article: string;
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

/** Readability's expected article (expected.html) and metadata for one of its test pages. */
export function readabilityTruth(pagesDir: string): (page: string) => PageTruth {
  return (page) => {
    const expected = readFileSync(join(pagesDir, page, 'expected.html'), 'utf8');
    const { window } = new JSDOM(expected, { virtualConsole: new VirtualConsole() });
    const article = window.document.body.textContent ?? '';
    window.close();
    const metadataFile = join(pagesDir, page, 'expected-metadata.json');
    const metadata = existsSync(metadataFile)
      ? (JSON.parse(readFileSync(metadataFile, 'utf8')) as Omit<PageTruth, 'article'>)
      : {};
    return { ...metadata, article };
  };
}

export function scorePastes(
  pasted: Map<string, string>,
  truth: (page: string) => PageTruth,
): PasteScore[] {
  const scores: PasteScore[] = [];
  for (const [page, text] of pasted) {
    const expectedMetadata = truth(page);
    const article = words(expectedMetadata.article);
    if (article.length < 50) continue;
    const recovered = recoverStructure(normaliseText(text));
    const expectedTitle = expectedMetadata.title ?? null;
    const metadata = creditedMetadata(recovered.credits, recovered.byline);
    const parts = metadata.issued?.['date-parts']?.[0];
    const date = parts?.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('-');
    const authors = (metadata.author ?? []).map((a) => `${a.given ?? ''} ${a.family ?? ''}`.trim());
    const byline = squash(expectedMetadata.byline ?? '');
    const kept = words(
      [
        recovered.title ?? '',
        ...recovered.blocks.map((b) => b.text),
        ...recovered.blockCaptions.map((c) => c.text),
      ].join('\n'),
    );
    const all = words(text);
    scores.push({
      page,
      recall: overlap(article, kept) / article.length,
      precision: kept.length ? overlap(kept, article) / kept.length : 0,
      pastedPrecision: all.length ? overlap(all, article) / all.length : 0,
      removedLines: recovered.furniture.length,
      // Scored only where the page's title is a line of the paste at all (often it is only in
      // the page's <title>, which a copy does not take).
      titleRight:
        expectedTitle && text.split('\n').some((line) => sameTitle(line, expectedTitle))
          ? sameTitle(recovered.title, expectedTitle)
          : null,
      title: recovered.title,
      dateRight: expectedMetadata.publishedTime
        ? date === expectedMetadata.publishedTime.slice(0, 10)
        : null,
      bylineRight: byline
        ? authors.length > 0 && authors.every((a) => byline.includes(squash(a)))
        : null,
      dated: !!date,
      credited: authors.length > 0,
    });
  }
  return scores;
}
