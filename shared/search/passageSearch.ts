import Fuse, { type FuseResultMatch } from 'fuse.js';
import { mergeRanges, type Range } from './markRanges';

export interface SearchablePassage {
  sourceId: string;
  passageId: string;
  text: string;
}

export interface PassageHit extends SearchablePassage {
  /** 0 is a perfect match, 1 no match at all (fuse.js's scale). */
  score: number;
  /** Matched words in `text`, as [start, end) offsets. */
  marks: Range[];
}

/**
 * How far a fuzzy match may stray. 0.34 lets a spelling variant of a name through
 * ("Janaozen" finds "Zhanaozen") while keeping unrelated words out.
 */
const THRESHOLD = 0.34;

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Grows a matched range to the whole words it touches, so a mark never cuts a word. */
function toWholeWords(text: string, [start, end]: Range): Range {
  let s = start;
  let e = end;
  while (s > 0 && WORD_CHAR.test(text[s - 1]!)) s--;
  while (e < text.length && WORD_CHAR.test(text[e]!)) e++;
  return [s, e];
}

function marksFor(text: string, matches: readonly FuseResultMatch[] | undefined, query: string) {
  // fuse.js reports every stretch of matched characters; short ones are noise, not the hit.
  const minLength = Math.max(2, Math.ceil(query.replace(/\s+/g, '').length * 0.6));
  const ranges: Range[] = [];
  for (const match of matches ?? []) {
    for (const [s, e] of match.indices) {
      if (e + 1 - s >= minLength) ranges.push(toWholeWords(text, [s, e + 1]));
    }
  }
  return mergeRanges(ranges);
}

/**
 * The first search: fuse.js over every passage. Fine for a few thousand passages; the search
 * issue puts an index in front of it for libraries of years of work.
 */
export class PassageSearch {
  private readonly fuse = new Fuse<SearchablePassage>([], {
    keys: ['text'],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: THRESHOLD,
    minMatchCharLength: 2,
  });

  add(passages: readonly SearchablePassage[]): void {
    for (const p of passages) this.fuse.add(p);
  }

  removeSource(sourceId: string): void {
    this.fuse.remove((p) => p.sourceId === sourceId);
  }

  search(query: string, limit: number): PassageHit[] {
    const q = query.trim();
    if (q.length < 2) return [];
    return this.fuse.search(q, { limit }).map((r) => ({
      ...r.item,
      score: r.score ?? 1,
      marks: marksFor(r.item.text, r.matches, q),
    }));
  }
}
