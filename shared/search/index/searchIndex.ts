import type { ParsedQuery } from '../query/parseQuery';
import type { PostingList } from './postingCodec';
import { TopK } from './topK';
import type { Expansion } from './vocabulary';

/** BM25's usual constants: how fast a repeated word saturates, how much length counts. */
const K1 = 1.2;
const B = 0.75;

// Stored by position: new fields go at the end, never reordered.
export const docFields = ['passage', 'title', 'author', 'site', 'note', 'caption', 'key'] as const;
export type DocField = (typeof docFields)[number];

export interface IndexDoc {
  sourceId: string;
  /** The passage a hit opens; null for a hit in the source's metadata. */
  passageId: string | null;
  field: DocField;
  /** What a note document belongs to (h:highlightId, s:sourceId), so it can be replaced. */
  key?: string;
}

export interface Candidate {
  ordinal: number;
  doc: IndexDoc;
  /** 0–1, higher is better: how well and how rarely the doc's words match the query's. */
  score: number;
}

/** Every key a hit may be marked for: the query's words with all they expanded to. */
export type MatchKeys = Set<string>;

/** What ranking needs of an index, wherever it is kept. */
export interface IndexReader {
  /** Every document's ordinal is below this: the count of documents ever indexed. */
  ordinalLimit(): number;
  /** How many documents hold the word (removed ones included until their lists are merged). */
  count(term: string): number;
  postings(term: string): PostingList;
  /** The average length of a field's documents. */
  averageLength(field: number): number;
  isRemoved(ordinal: number): boolean;
  /** The indexed words a query word may stand for (see Vocabulary). */
  expand(term: string, openEnded: boolean): Expansion[];
  doc(ordinal: number): IndexDoc | null;
}

function idfOfCount(reader: IndexReader, count: number): number {
  return Math.log(1 + reader.ordinalLimit() / Math.max(1, count));
}

function groupSize(reader: IndexReader, group: Expansion[]): number {
  return group.reduce((sum, e) => sum + reader.count(e.key), 0);
}

export function expansions(reader: IndexReader, query: ParsedQuery): Expansion[][] {
  const last = query.terms.length - 1;
  const fuzzy = query.terms.map((term, i) => reader.expand(term, query.openEnded && i === last));
  const exact = query.phrases
    .flat()
    .map((key) => (reader.count(key) > 0 ? [{ key, weight: 1 }] : []));
  return [...fuzzy, ...exact];
}

/** Scratch arrays the size of the index, kept between queries rather than made for each. */
let scratch: { sum: Float32Array; matched: Uint16Array; best: Float32Array } | null = null;
function scratchFor(n: number) {
  if (!scratch || scratch.sum.length < n) {
    const size = Math.max(n, Math.ceil((scratch?.sum.length ?? 0) * 1.5), 1024);
    scratch = {
      sum: new Float32Array(size),
      matched: new Uint16Array(size),
      best: new Float32Array(size),
    };
  }
  return scratch;
}

/**
 * The best `limit` candidates, best first, and how many documents matched in all. A query word
 * expands over the vocabulary; only documents that hold every query word (in some form) are
 * candidates, scored by BM25. `accept` applies the query's filters (null: no filter, and no
 * document is looked up but the ones returned).
 */
export function rankCandidates(
  reader: IndexReader,
  query: ParsedQuery,
  accept: ((doc: IndexDoc) => boolean) | null,
  limit = Number.POSITIVE_INFINITY,
): { candidates: Candidate[]; total: number; keys: MatchKeys } {
  const groups = expansions(reader, query);
  const keys: MatchKeys = new Set(groups.flat().map((e) => e.key));
  if (groups.length === 0 || groups.some((g) => g.length === 0))
    return { candidates: [], total: 0, keys };

  const n = reader.ordinalLimit();
  const { sum, matched, best: bestWeight } = scratchFor(n);
  // Group 0's documents: every document any group touches is one of them.
  let touchedAll: number[] = [];
  // Each field's average length, read once per query.
  const averages = Float64Array.from(docFields, (_, field) => reader.averageLength(field));
  let maxScore = 0;
  // Rarest group first: its documents are the only ones the others can add to.
  const sized = groups.map((g) => ({ g, size: groupSize(reader, g) }));
  const ordered = sized.sort((a, b) => a.size - b.size);
  const firstLists: PostingList[] = [];
  try {
    for (let g = 0; g < ordered.length; g++) {
      const touched: number[] = [];
      // The rarity of what the query word stands for, not of each variant: a rare misspelling
      // in the library must not outrank the common correct spelling.
      const idf = idfOfCount(reader, ordered[g]!.size);
      for (const { key, weight } of ordered[g]!.g) {
        const list = reader.postings(key);
        if (g === 0) firstLists.push(list);
        // The list's arrays held in locals: this loop runs once per document holding the word.
        const { ordinals, freqs, lengths, fields, size } = list;
        for (let i = 0; i < size; i++) {
          const ordinal = ordinals[i]!;
          if (ordinal >= n || matched[ordinal] !== g) continue;
          // BM25: how central the word is to the document, by its frequency and the
          // document's length against its field's average, saturating as the word repeats.
          const tf = freqs[i]!;
          const norm = K1 * (1 - B + (B * lengths[i]!) / averages[fields[i]!]!);
          const w = weight * idf * ((tf * (K1 + 1)) / (tf + norm));
          if (bestWeight[ordinal] === 0) touched.push(ordinal);
          if (w > bestWeight[ordinal]!) bestWeight[ordinal] = w;
        }
      }
      maxScore += idf * (K1 + 1);
      for (const ordinal of touched) {
        sum[ordinal]! += bestWeight[ordinal]!;
        matched[ordinal]!++;
        bestWeight[ordinal] = 0;
      }
      if (g === 0) touchedAll = touched;
    }

    const excluded = new Set<number>();
    for (const key of query.excluded) {
      const list = reader.postings(key);
      for (let i = 0; i < list.size; i++) excluded.add(list.ordinals[i]!);
    }
    const best = new TopK<{ ordinal: number; score: number; doc?: IndexDoc }>(Math.min(limit, n));
    let total = 0;
    for (const list of firstLists) {
      for (let i = 0; i < list.size; i++) {
        const ordinal = list.ordinals[i]!;
        if (ordinal >= n || matched[ordinal] !== groups.length) continue;
        matched[ordinal] = 0; // counted once even when several keys of the group hold it
        if (reader.isRemoved(ordinal) || excluded.has(ordinal)) continue;
        let doc: IndexDoc | undefined;
        if (accept) {
          const found = reader.doc(ordinal);
          if (!found || !accept(found)) continue;
          doc = found;
        }
        total++;
        best.offer({ ordinal, score: sum[ordinal]! / maxScore, doc });
      }
    }
    const candidates: Candidate[] = [];
    for (const { ordinal, score, doc } of best.sorted()) {
      const found = doc ?? reader.doc(ordinal);
      if (found) candidates.push({ ordinal, doc: found, score });
    }
    return { candidates, total, keys };
  } finally {
    // Left as found for the next query.
    for (const ordinal of touchedAll) {
      sum[ordinal] = 0;
      matched[ordinal] = 0;
      bestWeight[ordinal] = 0;
    }
  }
}
