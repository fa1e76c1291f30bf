import type { CslMetadata, CslName } from '../model/source';
import { bylineNames, bylinePeople } from './bylineNames';
import { pageTitle } from './pageTitle';
import { dateParts, personName } from './personName';

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
}

type LdNode = Record<string, unknown>;

function ldNodes(values: readonly unknown[]): LdNode[] {
  const nodes: LdNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as LdNode;
    nodes.push(node);
    if (node['@graph']) visit(node['@graph']);
  };
  values.forEach(visit);
  return nodes;
}

function ldTypes(node: LdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
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

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.replace(/\s+/g, ' ').trim();
  if (value && typeof value === 'object' && !Array.isArray(value))
    return text((value as LdNode).name);
  return undefined;
}

function ldAuthors(value: unknown): CslName[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((entry): CslName[] => {
    const name = text(entry);
    if (!name) return [];
    const organisation =
      entry && typeof entry === 'object' && ldTypes(entry as LdNode).includes('Organization');
    return organisation ? [{ literal: name }] : bylineNames(name);
  });
}

/**
 * JSON-LD's headline, or its name where the two differ and the name covers more of the page's
 * title (a "headline" is sometimes the page kind, "Wikimedia list article"), as Readability does.
 */
function ldHeadline(article: LdNode | undefined, documentTitle: string | undefined) {
  const headline = text(article?.headline);
  const name = text(article?.name);
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
  const match = /^(.*?)\s+[|–—-]\s+([^|–—]+)$/.exec(title);
  if (!match || !match[1]!.trim()) return title;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
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

// Words of a role, not of a name: "Staff", "Editorial Team", "Admin" name no one.
const ROLE_WORDS =
  /^(?:staff|admin|administrator|editor|editors|editorial|team|desk|writer|writers|reporter|reporters|correspondent|contributor|contributors|newsroom|web|online|digital|guest|author|anonymous)$/iu;
const MINOR_WORDS = /^(?:for|of|the|and|de|du|des|la|le|el|del|für|und|&)$/iu;

/**
 * An author a page declares in a meta tag that names an organisation, not a person ("BBC News",
 * "Organization for Transformative Works"): cited as the page declares it, whole. A role
 * ("Staff Writer") or a sentence is no author.
 */
function isOrganisation(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length > 6 || /[\d@/:]/u.test(value)) return false;
  if (words.every((w) => ROLE_WORDS.test(w) || MINOR_WORDS.test(w))) return false;
  return words.every((w) => MINOR_WORDS.test(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * A web page's citation metadata from what it declares: Highwire `citation_*` tags (what Google
 * Scholar and Zotero read first), JSON-LD, Open Graph, Dublin Core, plain meta tags — never
 * guessed from the prose.
 */
export function webPageMetadata(facts: WebPageFacts): CslMetadata {
  const first = (...names: string[]) =>
    names
      .map((n) => facts.meta.get(n)?.find((v) => v.trim()))
      .find(Boolean)
      ?.trim();
  const all = (name: string) => (facts.meta.get(name) ?? []).filter((v) => v.trim());
  const article = ldNodes(facts.jsonLd).find((n) => ldTypes(n).some((t) => t in ARTICLE_TYPES));

  // The publisher the article itself declares names the publication ("Voodoo Engineering");
  // og:site_name is often the platform ("Medium") or carries a tagline.
  const site =
    first('citation_journal_title') ??
    text(article?.publisher) ??
    first('og:site_name') ??
    facts.siteName ??
    first('application-name') ??
    undefined;
  // A social-media title is often written for sharing; the page's headline is the article's.
  // The rest in Readability's order, with its rule for cutting the site from `<title>`.
  const rawTitle =
    first('citation_title', 'dc.title') ??
    ldHeadline(article, facts.documentTitle) ??
    first('og:title', 'title', 'twitter:title', 'parsely-title') ??
    (facts.documentTitle
      ? pageTitle(facts.documentTitle, facts.headings ?? { h1: [], h2: [] })
      : undefined) ??
    facts.title?.trim();
  const notUrl = (value: string | null | undefined) =>
    value && !/^https?:/.test(value.trim()) ? value : undefined;
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
  // Dublin Core gives each creator a tag of its own.
  const creators = all('dc.creator').filter((c) => notUrl(c));
  const authors: CslName[] = all('citation_author').length
    ? all('citation_author').map(personName)
    : creators.length > 1
      ? creators.flatMap(bylineNames)
      : article?.author
        ? ldAuthors(article.author)
        : credited?.author.length
          ? credited.author
          : declared && isOrganisation(declared)
            ? [{ literal: declared.trim() }]
            : [];
  const date =
    first('citation_publication_date', 'citation_date') ??
    text(article?.datePublished) ??
    first('article:published_time', 'dc.date') ??
    facts.publishedTime ??
    first('date', 'pubdate') ??
    undefined;
  const parts = date ? dateParts(date) : null;
  const url = facts.canonical ?? first('og:url') ?? text(article?.url);
  const articleType = article ? ldTypes(article).find((t) => t in ARTICLE_TYPES) : undefined;

  return {
    type: articleType ? ARTICLE_TYPES[articleType] : 'webpage',
    ...(rawTitle
      ? {
          title: withoutSiteSuffix(rawTitle, [
            site,
            ...authors.map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')),
            domainName(url),
          ]),
        }
      : {}),
    ...(authors.length ? { author: authors } : {}),
    // A credit line's editors and translators ("Edited by …"), which no meta tag carries.
    ...(credited?.editor.length ? { editor: credited.editor } : {}),
    ...(credited?.translator.length ? { translator: credited.translator } : {}),
    ...(site ? { 'container-title': site } : {}),
    ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
    ...(url && /^https?:\/\//.test(url) ? { URL: url } : {}),
    ...(facts.language ? { language: facts.language } : {}),
  };
}
