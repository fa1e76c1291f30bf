import type { ParsedQuery } from '../query/parseQuery';
import { tokenize } from '../tokenize';
import { Postings } from './postings';
import { TopK } from './topK';
import { Vocabulary, type Expansion } from './vocabulary';

/** BM25's usual constants: how fast a repeated word saturates, how much length counts. */
const K1 = 1.2;
const B = 0.75;

// Stored by position in the index file: new fields go at the end.
// Appended, never reordered: the index file stores each document's field by its position here.
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

/**
 * The inverted index in front of fuse.js: folded word → documents. A query word expands over
 * the vocabulary; only documents that hold every query word (in some form) become candidates.
 */
export class SearchIndex {
  readonly docs: IndexDoc[] = [];
  readonly lengths: number[] = [];
  readonly removed = new Set<number>();
  readonly postings = new Postings();
  private readonly vocabulary = new Vocabulary(this.postings);
  private fieldLengths: Map<DocField, number> | null = null;

  get liveCount(): number {
    return this.docs.length - this.removed.size;
  }

  addDocument(doc: IndexDoc, text: string): void {
    const ordinal = this.docs.length;
    const tokens = tokenize(text);
    this.docs.push(doc);
    this.lengths.push(tokens.length);
    this.fieldLengths = null;
    const frequency = new Map<string, number>();
    for (const { key, stems } of tokens)
      for (const k of stems ? [key, ...stems] : [key])
        frequency.set(k, (frequency.get(k) ?? 0) + 1);
    let newTerms = false;
    for (const [k, tf] of frequency) if (this.postings.add(k, ordinal, tf)) newTerms = true;
    if (newTerms) this.vocabulary.invalidate();
  }

  /** Restores a document read from disk without its text (its words come with the postings). */
  restoreDocument(doc: IndexDoc, length: number): void {
    this.docs.push(doc);
    this.lengths.push(length);
    this.fieldLengths = null;
  }

  /**
   * The average length of each field's documents: a caption is long or short for a caption,
   * not for a passage, so short fields do not outrank passages for being short.
   */
  private averageLengths(): Map<DocField, number> {
    if (!this.fieldLengths) {
      const sums = new Map<DocField, [number, number]>();
      this.docs.forEach((doc, i) => {
        const [total, count] = sums.get(doc.field) ?? [0, 0];
        sums.set(doc.field, [total + this.lengths[i]!, count + 1]);
      });
      this.fieldLengths = new Map(
        [...sums].map(([field, [total, count]]) => [field, Math.max(1, total / count)]),
      );
    }
    return this.fieldLengths;
  }

  removeSource(sourceId: string): void {
    this.removeWhere((doc) => doc.sourceId === sourceId);
  }

  removeWhere(test: (doc: IndexDoc) => boolean): void {
    this.docs.forEach((doc, ordinal) => {
      if (!this.removed.has(ordinal) && test(doc)) this.removed.add(ordinal);
    });
  }

  private idfOfCount(count: number): number {
    return Math.log(1 + this.docs.length / Math.max(1, count));
  }

  expansions(query: ParsedQuery): Expansion[][] {
    const last = query.terms.length - 1;
    const fuzzy = query.terms.map((term, i) =>
      this.vocabulary.expand(term, query.openEnded && i === last),
    );
    const exact = query.phrases
      .flat()
      .map((key) => (this.postings.has(key) ? [{ key, weight: 1 }] : []));
    return [...fuzzy, ...exact];
  }

  /**
   * The best `limit` candidates, best first, and how many documents matched in all; `accept`
   * applies the query's filters.
   */
  candidates(
    query: ParsedQuery,
    accept: (doc: IndexDoc) => boolean,
    limit = Number.POSITIVE_INFINITY,
  ): { candidates: Candidate[]; total: number; keys: MatchKeys } {
    const groups = this.expansions(query);
    const keys: MatchKeys = new Set(groups.flat().map((e) => e.key));
    if (groups.length === 0 || groups.some((g) => g.length === 0))
      return { candidates: [], total: 0, keys };

    const n = this.docs.length;
    const sum = new Float32Array(n);
    const matched = new Uint16Array(n);
    const bestWeight = new Float32Array(n);
    const averages = this.averageLengths();
    // BM25's length part, per document: how long it is against its field's average.
    const norm = (ordinal: number) =>
      K1 * (1 - B + (B * this.lengths[ordinal]!) / averages.get(this.docs[ordinal]!.field)!);
    let maxScore = 0;
    // Rarest group first: its documents are the only ones the others can add to.
    const ordered = [...groups].sort((a, b) => this.groupSize(a) - this.groupSize(b));
    for (let g = 0; g < ordered.length; g++) {
      const touched: number[] = [];
      // The rarity of what the query word stands for, not of each variant: a rare misspelling
      // in the library must not outrank the common correct spelling.
      const idf = this.idfOfCount(this.groupSize(ordered[g]!));
      for (const { key, weight } of ordered[g]!) {
        const ordinals = this.postings.get(key);
        const freqs = this.postings.frequencies(key);
        for (let i = 0; i < ordinals.length; i++) {
          const ordinal = ordinals[i]!;
          if (matched[ordinal] !== g) continue;
          // BM25: how central the word is to the document, by its frequency and the
          // document's length, saturating as the word repeats.
          const tf = freqs[i]!;
          const w = weight * idf * ((tf * (K1 + 1)) / (tf + norm(ordinal)));
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
    }

    const excluded = new Set(query.excluded.flatMap((key) => this.postings.get(key)));
    const best = new TopK<Candidate>(Math.min(limit, n));
    let total = 0;
    for (const { key } of ordered[0]!) {
      for (const ordinal of this.postings.get(key)) {
        if (
          matched[ordinal] !== groups.length ||
          this.removed.has(ordinal) ||
          excluded.has(ordinal)
        )
          continue;
        matched[ordinal] = 0; // counted once even when several keys of the group hold it
        const doc = this.docs[ordinal]!;
        if (!accept(doc)) continue;
        total++;
        best.offer({ ordinal, doc, score: sum[ordinal]! / maxScore });
      }
    }
    return { candidates: best.sorted(), total, keys };
  }

  private groupSize(group: Expansion[]): number {
    return group.reduce((sum, e) => sum + this.postings.count(e.key), 0);
  }
}
