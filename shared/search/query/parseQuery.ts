import type { Folder } from '../fold/folder';
import { keysOf, queryTokensOf } from '../tokenize';
import { parseDateRange } from './dateRange';

export interface ParsedQuery {
  /** Folded words that must all match, fuzzily. */
  terms: string[];
  /** For each term, its stems when it is a Cyrillic word with case endings. */
  stems: string[][];
  /** Folded word sequences that must appear in this order, each word exactly as folded. */
  phrases: string[][];
  /** Folded words no hit may contain. */
  excluded: string[];
  filters: { theme: string[]; source: string[]; type: string[]; date: string[] };
  /** The query's last word was being typed: it may also match as a prefix. */
  openEnded: boolean;
}

const FILTERS = ['theme', 'source', 'type', 'date'] as const;
const PART = /(-?)(?:(\w+):)?(?:"([^"]*)"?|(\S+))/gu;

/**
 * Reads `theme:labour source:Lalkar type:comment date:2022-01 -word "a phrase" words`. Filter values may be
 * quoted; anything unrecognised is searched as words.
 */
export function parseQuery(query: string, folder: Folder): ParsedQuery {
  const parsed: ParsedQuery = {
    terms: [],
    stems: [],
    phrases: [],
    excluded: [],
    filters: { theme: [], source: [], type: [], date: [] },
    openEnded: false,
  };
  let lastWasWord = false;
  for (const match of query.matchAll(PART)) {
    const [, minus, field, quoted, bare] = match;
    const value = quoted ?? bare ?? '';
    const filter = FILTERS.find((f) => f === field?.toLowerCase());
    lastWasWord = false;
    // A date that is not one is searched as words, like any other unrecognised part.
    const accepted = filter && value && (filter !== 'date' || parseDateRange(value));
    if (accepted) {
      parsed.filters[filter].push(value);
      continue;
    }
    const text = field && value ? `${field} ${value}` : value;
    const phrase = quoted !== undefined && keysOf(text, folder).length > 1;
    const words = queryTokensOf(text, folder);
    const keys = phrase ? keysOf(text, folder) : words.map((t) => t.key);
    if (keys.length === 0) continue;
    if (minus) parsed.excluded.push(...keys);
    else if (phrase) parsed.phrases.push(keys);
    else {
      parsed.terms.push(...keys);
      parsed.stems.push(...words.map((t) => t.stems ?? []));
      lastWasWord = quoted === undefined;
    }
  }
  // Only a bare last word, with no space after it, may still be being typed.
  parsed.openEnded = lastWasWord && /[\p{L}\p{N}]$/u.test(query);
  return parsed;
}

export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.terms.length === 0 && q.phrases.length === 0;
}
