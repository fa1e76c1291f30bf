import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { countedWarning, warning } from '../../../shared/import/warningWords';
import { refusal } from '../../../shared/import/refusalWords';
import { Readability } from '@mozilla/readability';
import type { PutBack, StructuredDocument } from '../../../shared/import/documentLayout';
import type { CslMetadata } from '../../../shared/model/source';
import { readWebPage } from '../../../shared/import/webPageMetadata';
import { creditedMetadata } from '../../../shared/import/webText/creditedMetadata';
import { pageLeftovers } from '../../../shared/import/webText/pageLeftovers';
import { textKey } from '../../../shared/text/textKey';
import { htmlNestingDepth, MAX_HTML_DEPTH } from '../../../shared/import/htmlDepth';
import { htmlBody } from './htmlBody';
import { pageDom } from './pageDom';
import { blocksOfHtml } from './htmlBlocks';
import { ImportRefused } from './importRefused';
import { takeHtmlComments } from './htmlComments';
import { keepMath } from './htmlMath';
import { shownAroundHeadline } from './pageHeadline';

// Control characters are what this matches, on purpose: those typed inside JSON-LD strings.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g;

function pageFacts(document: Document) {
  // RDFa's `property` is where Open Graph and Dublin Core belong; where a page also writes
  // them as `name`, the property's value comes first, as in Readability.
  const byProperty = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, names: (string | null)[], content: string) => {
    const keys = names
      .flatMap((value) => (value ?? '').toLowerCase().split(/\s+/))
      .filter(Boolean)
      // A property may hold several names ("dc:creator og:title"); Dublin Core is written
      // "DC.title", "dc:title" and "dcterms:title" alike.
      .map((key) => key.replace(/^(?:dc|dcterms?)[.:]/, 'dc.'));
    for (const key of new Set(keys)) map.set(key, [...(map.get(key) ?? []), content]);
  };
  for (const tag of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = tag.getAttribute('content') ?? '';
    add(byProperty, [tag.getAttribute('property')], content);
    add(byName, [tag.getAttribute('name'), tag.getAttribute('itemprop')], content);
  }
  const meta = new Map(byProperty);
  for (const [key, values] of byName) meta.set(key, [...(meta.get(key) ?? []), ...values]);
  const jsonLd = Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  ).flatMap((script) => {
    try {
      // Some sites wrap JSON-LD in CDATA, a leftover of XHTML; the JSON inside is the same.
      const json = (script.textContent ?? '')
        .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
        .replace(/(?:\/\/\s*)?\]\]>\s*$/, '');
      try {
        return [parseBoundedJson(json)];
      } catch {
        // A line break or tab typed inside a string is not JSON, though search engines read
        // it; as a space it is, and nothing else of the block changes.
        return [parseBoundedJson(json.replace(CONTROL_CHARACTERS, ' '))];
      }
    } catch {
      return []; // A broken JSON-LD block says nothing; the page is still read.
    }
  });
  return {
    meta,
    jsonLd,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    documentTitle: document.title.trim() || undefined,
    headings: {
      h1: Array.from(document.querySelectorAll('h1'), (h) => h.textContent ?? ''),
      h2: Array.from(document.querySelectorAll('h2'), (h) => h.textContent ?? ''),
    },
    language: document.documentElement.getAttribute('lang')?.trim() || undefined,
    shown: shownAroundHeadline(document),
  };
}

/**
 * A saved web page as an article: Readability finds the article among the site's furniture,
 * the page's own declarations give its metadata, and comments the page marks become comments.
 * jsdom runs no script and fetches nothing; only text is kept.
 */
export function htmlDocument(
  html: string,
  { keepFurniture = false, keepLines = [] }: PutBack = {},
): StructuredDocument {
  const depth = htmlNestingDepth(html);
  if (depth > MAX_HTML_DEPTH)
    throw new ImportRefused(
      refusal(
        'its elements are nested {{depth}} deep, more than the {{limit}} any saved page needs; it is not read, so it cannot stall the import',
        { depth: depth.toLocaleString('en'), limit: MAX_HTML_DEPTH.toLocaleString('en') },
      ),
    );
  const { window } = pageDom(html);
  const document = window.document;
  try {
    const facts = pageFacts(document);
    const comments = takeHtmlComments(document);
    keepMath(document);
    // JSON-LD stays: Readability reads its own metadata from it before it removes scripts.
    const inert = 'script:not([type="application/ld+json"]), style, noscript, template';
    for (const node of Array.from(document.querySelectorAll(inert))) node.remove();
    const article = new Readability(document, { keepClasses: false }).parse();
    const { metadata, warnings } = readWebPage({
      ...facts,
      title: article?.title,
      byline: article?.byline,
      siteName: article?.siteName,
      publishedTime: article?.publishedTime,
      today: new Date(),
    });
    const parsed = article?.content ? htmlBody(article.content) : null;
    let read: ReturnType<typeof blocksOfHtml>;
    try {
      read = blocksOfHtml(parsed?.body ?? document.body);
    } finally {
      parsed?.close();
    }
    const { captions } = read;
    const title = metadata.title ?? article?.title?.trim() ?? null;
    // The article's own heading repeats its title.
    const repeated =
      title && read.blocks[0]?.kind === 'heading' && textKey(read.blocks[0].text) === textKey(title)
        ? 1
        : 0;
    const keeps = new Set(keepLines);
    const left = pageLeftovers(
      read.blocks.slice(repeated),
      (line) => keepFurniture || keeps.has(line),
    );
    // A stamp or byline the page shows but does not declare fills the details it lacks.
    const credited = creditedMetadata(
      left.credits,
      left.credits.find((c) => /^by\s/iu.test(c)) ?? null,
    );
    const blocks = left.blocks;
    return {
      title: title || null,
      blocks,
      captions: captions.map((c) => ({
        ...c,
        before: left.keptFrom.filter((i) => i < Math.max(0, c.before - repeated)).length,
      })),
      comments,
      signature: null,
      metadata: withCredits(metadata, credited),
      warnings: [
        ...warnings,
        ...(blocks.length ? [] : [warning('no article text was found in the page')]),
        ...(left.removed.length
          ? [
              countedWarning(
                '1 line of the site left in the article (picture credits and counters, stamps, menus) removed; they are kept with the source and listed in its details',
                '{{count}} lines of the site left in the article (picture credits and counters, stamps, menus) removed; they are kept with the source and listed in its details',
                left.removed.length,
              ),
            ]
          : []),
      ],
      ...(left.removed.length ? { removed: left.removed } : {}),
    };
  } finally {
    window.close();
  }
}

/** The details a page declares, with the author and date its shown credits state where it lacks them. */
function withCredits(metadata: CslMetadata, credited: CslMetadata): CslMetadata {
  return {
    ...metadata,
    ...(!metadata.author?.length && credited.author ? { author: credited.author } : {}),
    ...(!metadata.issued && credited.issued ? { issued: credited.issued } : {}),
  };
}
