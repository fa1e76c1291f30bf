import { decodeHTML } from 'entities';
import { warning } from './warningWords';
import { nameText } from '../model/nameText';
import type { CslMetadata, CslName } from '../model/source';
import { bylineNames, opensByline, bylinePeople } from './bylineNames';
import { bylineOrOrganisation, isOrganisation } from './organisationName';
import {
  ldAuthors,
  ldAuthorsAreOrganisations,
  ldNodes,
  ldText,
  ldTypes,
  type LdNode,
} from './jsonLd';
import { firstPlausibleDate } from './pageDate';
import { pageTitle } from './pageTitle';
import { compactKey as key } from '../text/textKey';
import { shownTitle } from './shownTitle';
import { personName } from './personName';
import { headlineCredits } from './webText/headline';
import { publishedFirst } from './webText/creditedMetadata';

/** What a saved web page says about itself, gathered from its head and its JSON-LD. */
export interface WebPageFacts {
  /** Meta tags by lower-cased name or property, in document order. */
  meta: ReadonlyMap<string, readonly string[]>;
  jsonLd: readonly unknown[];
  canonical?: string;
  documentTitle?: string;
  /** The page's h1 and h2 texts, which tell a "Site: Title" from a title with a colon. */
  headings?: { h1: readonly string[]; h2: readonly string[] };
  language?: string;
  /** Readability's reading of the page, the last resort for each field. */
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  /**
   * The headline as the page shows it and the short lines under it (byline, dateline), where
   * a reader finds who wrote it and when; read as a pasted page's credits are.
   */
  shown?: { lines: readonly string[]; headlineAt: number };
  /** Today, for telling a date that cannot be a publication's (after next year). */
  today?: Date;
}

/** A page's metadata and what reading it set aside, to be told. */
export interface WebPageReading {
  metadata: CslMetadata;
  warnings: string[];
}

const ARTICLE_TYPES: Record<string, string> = {
  NewsArticle: 'article-newspaper',
  ReportageNewsArticle: 'article-newspaper',
  AnalysisNewsArticle: 'article-newspaper',
  OpinionNewsArticle: 'article-newspaper',
  BlogPosting: 'post-weblog',
  Article: 'webpage',
  Report: 'report',
  PodcastEpisode: 'broadcast',
};

/**
 * JSON-LD's headline, or its name where the two differ and the name covers more of the page's
 * title (a "headline" is sometimes the page kind, "Wikimedia list article"), as Readability does.
 */
function ldHeadline(article: LdNode | undefined, documentTitle: string | undefined) {
  const headline = ldText(article?.headline);
  const name = ldText(article?.name);
  if (!headline || !name || headline === name || !documentTitle) return headline ?? name;
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const page = words(documentTitle);
  const covered = (s: string) => {
    const own = new Set(words(s));
    return page.filter((w) => own.has(w)).join('').length / page.join('').length;
  };
  return covered(name) > covered(headline) ? name : headline;
}

/**
 * A page title's trailing " | Site" or " – Site" where it names the site, an author ("… | Eleanor
 * Ainge Roy") or the address's domain ("Mozilla - Wikipedia" on en.wikipedia.org): what the page
 * adds to its title in a browser tab, not the article's title.
 */
function withoutSiteSuffix(title: string, names: readonly (string | undefined)[]): string {
  // The last separator: a title may hold a dash of its own ("… Are Here — And They're Not Great - Digg").
  const match = /^(.*)\s+[|–—-]\s+(.+)$/.exec(title);
  if (!match || !match[1]!.trim()) return title;
  const suffix = key(match[2]!);
  return suffix && names.some((name) => name && key(name) === suffix) ? match[1]! : title;
}

/** The name a site's address gives it: "wikipedia" for en.wikipedia.org, "bbc" for www.bbc.co.uk. */
function domainName(url: string | undefined): string | undefined {
  const host = url && /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1];
  if (!host) return undefined;
  const labels = host.toLowerCase().split('.');
  // Skip a two-letter country code and a second-level "co", "com", "org" before it.
  let i = labels.length - 2;
  if (labels.length > 2 && /^(?:co|com|org|net|gov|ac|edu)$/.test(labels[i]!)) i--;
  return labels[i];
}

// Meta tags that hold a publication date, in the order they are trusted: scholarly, Open
// Graph, Dublin Core, then the names news sites' systems write.
const DATE_TAGS = [
  'article:published_time',
  'article:published',
  'dc.date.issued',
  'dc.date',
  'datepublished',
  'pubdate',
  'publish-date',
  'published',
  'pub_date',
  'parsely-pub-date',
  'sailthru.date',
  'pdate',
  'date',
];

/**
 * A web page's citation metadata from what it declares — Highwire `citation_*` tags (what
 * Google Scholar and Zotero read first), JSON-LD, Open Graph, Dublin Core, plain meta tags —
 * and, where it declares no author or date, what it shows under its headline.
 */
export function webPageMetadata(facts: WebPageFacts): CslMetadata {
  return readWebPage(facts).metadata;
}

export function readWebPage(facts: WebPageFacts): WebPageReading {
  const warnings: string[] = [];
  const first = (...names: string[]) =>
    names
      .map((n) => facts.meta.get(n)?.find((v) => v.trim()))
      .find(Boolean)
      ?.trim();
  const all = (name: string) => (facts.meta.get(name) ?? []).filter((v) => v.trim());
  const { nodes, byId } = ldNodes(facts.jsonLd);
  // A page with no article node often says who wrote it, and when, on its WebPage node.
  const article =
    nodes.find((n) => ldTypes(n).some((t) => t in ARTICLE_TYPES)) ??
    nodes.find((n) => ldTypes(n).includes('WebPage') && (n.author || n.datePublished));

  // The publisher the article itself declares names the publication ("Voodoo Engineering");
  // og:site_name is often the platform ("Medium") or carries a tagline.
  const site =
    first('citation_journal_title') ??
    ldText(article?.publisher) ??
    first('og:site_name') ??
    facts.siteName ??
    first('application-name') ??
    undefined;
  const declaredTitle = first('citation_title', 'dc.title');
  const rawTitle =
    declaredTitle ??
    shownTitle(
      [
        ldHeadline(article, facts.documentTitle),
        first('og:title', 'title', 'twitter:title', 'parsely-title'),
        facts.documentTitle
          ? pageTitle(facts.documentTitle, facts.headings ?? { h1: [], h2: [] })
          : undefined,
      ].map((t) => (t ? decodeHTML(t) : t)),
      facts.documentTitle,
      facts.headings?.h1 ?? [],
    ) ??
    facts.title?.trim();
  const notUrl = (value: string | null | undefined) =>
    value && !/^https?:/.test(value.trim()) ? value : undefined;
  const url = facts.canonical ?? first('og:url') ?? ldText(article?.url);
  // A site that names itself as the author ("AppleInsider", "LinkNaija") says who published it,
  // not who wrote it: the byline it shows says that.
  const selfNamed = (names: CslName[]) =>
    names.length > 0 &&
    names.every((n) => {
      const name = key(nameText(n));
      return !!name && [site, domainName(url)].some((s) => s && key(s) === name);
    });
  // What the page declares in its head, before what Readability finds in its text.
  const declared = [
    first('dc.creator', 'author'),
    ...all('article:author'),
    ...all('og:article:author'),
  ]
    .map(notUrl)
    .find(Boolean);
  const byline = declared ?? notUrl(facts.byline);
  const credited = byline ? bylinePeople(byline) : null;
  const shown =
    facts.shown && facts.shown.headlineAt >= 0
      ? headlineCredits(facts.shown.lines, facts.shown.headlineAt)
      : null;
  // Dublin Core gives each creator a tag of its own.
  const creators = all('dc.creator').filter((c) => notUrl(c));
  const fromLd = article?.author ? ldAuthors(article.author, byId, isOrganisation) : [];
  // Readability's byline is its element's text run together ("Jonathan GarberFOX Business",
  // "Umair Irfan Updated Nov 19"); the same lines as the page lays them out part the name from
  // what follows it, so where the head declares no author they come first.
  const shownNames = shown?.byline ? bylineOrOrganisation(shown.byline) : [];
  // An organisation declared as the author ("Sky") gives way to the person the byline shows,
  // and so does anyone else JSON-LD names where the page shows a "By …" line: a bibliographer
  // cites the byline a reader sees.
  const shownPeople = shownNames.filter((n) => !n.literal);
  const ldOrganisations = !!article?.author && ldAuthorsAreOrganisations(article.author, byId);
  const sources: CslName[][] = [
    all('citation_author').map(personName),
    creators.length > 1 ? creators.flatMap(bylineNames) : [],
    (ldOrganisations || (shown?.byline && opensByline(shown.byline))) && shownPeople.length
      ? shownPeople
      : fromLd,
    declared ? [] : shownNames,
    credited?.author ?? [],
    facts.byline && facts.byline !== byline ? bylineNames(facts.byline) : [],
    shownNames,
    declared && isOrganisation(declared) ? [{ literal: declared.trim() }] : [],
  ];
  const authors =
    sources.find((names) => names.length > 0 && !selfNamed(names)) ??
    sources.find((names) => names.length > 0) ??
    [];
  const date = firstPlausibleDate(
    [
      first('citation_publication_date', 'citation_date'),
      ldText(article?.datePublished),
      first(...DATE_TAGS),
      facts.publishedTime,
      ...publishedFirst(shown?.credits ?? []),
    ],
    facts.today ?? new Date(),
  );
  for (const value of date.setAside)
    warnings.push(
      warning(
        'the page gives “{{value}}” as its date, which no publication can have; it was not taken',
        { value },
      ),
    );
  const parts = date.parts;
  const articleType = article ? ldTypes(article).find((t) => t in ARTICLE_TYPES) : undefined;

  return {
    warnings,
    metadata: {
      type: articleType ? ARTICLE_TYPES[articleType] : 'webpage',
      ...(rawTitle
        ? {
            title: withoutSiteSuffix(rawTitle, [site, ...authors.map(nameText), domainName(url)]),
          }
        : {}),
      ...(authors.length ? { author: authors } : {}),
      // A credit line's editors and translators ("Edited by …"), which no meta tag carries.
      ...(credited?.editor.length ? { editor: credited.editor } : {}),
      ...(credited?.translator.length ? { translator: credited.translator } : {}),
      ...(site ? { 'container-title': decodeHTML(site) } : {}),
      ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
      ...(url && /^https?:\/\//.test(url) ? { URL: url } : {}),
      ...(facts.language ? { language: facts.language } : {}),
    },
  };
}
