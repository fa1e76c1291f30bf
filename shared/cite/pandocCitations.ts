import { parseLocator, type Locator } from './locator';
import { placeLabel, type PassagePlace } from './passagePlace';

/**
 * Pandoc's citation syntax in a Markdown draft: "[@stefan2022, para. 24]",
 * "[see @a; @b, p. 3]", "[-@key]" (the author left out) and "@key [p. 3]" (the author in the
 * sentence). Keys start with a letter, digit or _ and may hold :.#$%&-+?<>~/ inside, as Pandoc's
 * do; an @ inside a word (an e-mail address) is not a citation.
 */
export interface CiteItem {
  key: string;
  prefix: string;
  suffix: string;
  locator?: Locator;
  suppressAuthor: boolean;
}

export interface Cluster {
  start: number;
  end: number;
  items: CiteItem[];
  /** "@key" in the sentence: the author is part of the text. */
  narrative: boolean;
}

const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
const IN_BRACKETS = new RegExp(String.raw`\[([^\[\]]*?(?<![\p{L}\p{N}])-?@${KEY}[^\[\]]*)\]`, 'gu');
const NARRATIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@\[-])@(${KEY})(?:\s?\[([^\[\]]*)\])?`,
  'gu',
);
const ITEM = new RegExp(String.raw`^(.*?)(-?)@(${KEY})(.*)$`, 'su');

const WHOLE_KEY = new RegExp(`^${KEY}$`, 'u');

/**
 * The marker a writer pastes into a Markdown draft to cite a passage: "[@key, para. 3]", or
 * "p." for a page. A key Pandoc would not read whole is replaced by the source's id, which
 * Dossier resolves as well.
 */
export function pandocMarker(
  key: string | undefined,
  sourceId: string,
  where: PassagePlace | null,
): string {
  const cite = key && WHOLE_KEY.test(key) ? key : sourceId;
  const locator = where ? placeLabel(where) : '';
  return `[@${cite}${locator ? `, ${locator}` : ''}]`;
}

/** "p. 33, and elsewhere": the locator Pandoc reads, and what follows it. */
function locatorAndSuffix(rest: string): { locator?: Locator; suffix: string } {
  const text = rest.replace(/^\s*,\s*/, '');
  const match =
    /^((?:paragraphs|paragraph|paras|para|pages|page|pp|p|¶|chapter|chap|ch|section|sec|§)\.?\s*[\w–-]+|\d[\w–-]*)(.*)$/iu.exec(
      text,
    );
  if (!match || !/^\s*,/.test(rest)) return { suffix: text.trim() };
  return { locator: parseLocator(match[1]!), suffix: match[2]!.replace(/^\s*,?\s*/, '').trim() };
}

function itemOf(piece: string): CiteItem | null {
  const match = ITEM.exec(piece.trim());
  if (!match) return null;
  const [, prefix, minus, key, rest] = match;
  return {
    key: key!,
    prefix: prefix!.trim(),
    ...locatorAndSuffix(rest!),
    suppressAuthor: minus === '-',
  };
}

export function findCitations(markdown: string): Cluster[] {
  const clusters: Cluster[] = [];
  const taken: [number, number][] = [];
  for (const m of markdown.matchAll(IN_BRACKETS)) {
    const items = m[1]!.split(';').map(itemOf);
    if (items.some((i) => i === null)) continue;
    clusters.push({
      start: m.index,
      end: m.index + m[0].length,
      items: items as CiteItem[],
      narrative: false,
    });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of markdown.matchAll(NARRATIVE)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const { locator, suffix } = m[2] !== undefined ? locatorAndSuffix(`, ${m[2]}`) : { suffix: '' };
    clusters.push({
      start: m.index,
      end: m.index + m[0].length,
      items: [
        { key: m[1]!, prefix: '', suffix, ...(locator ? { locator } : {}), suppressAuthor: false },
      ],
      narrative: true,
    });
  }
  return clusters.sort((a, b) => a.start - b.start);
}
