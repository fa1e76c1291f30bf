import { allowedEdits, boundedEditDistance } from './editDistance';

export interface Expansion {
  key: string;
  /** 1 for the word itself, less for a fuzzy match or a completion. */
  weight: number;
}

const PREFIX_WEIGHT = 0.8;
const MAX_COMPLETIONS = 64;
const MIN_PREFIX = 3;

/**
 * Finds the indexed words a query word may stand for: itself, words a few edits away (the
 * allowance grows with the word's length), and, for a word still being typed, its completions.
 */
/** Which characters a word holds, folded into 32 bits. */
function signature(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits;
}

function popcount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The words an index holds, and how many documents hold each. */
export interface TermSource {
  terms(): Iterable<string>;
  count(term: string): number;
  /** The commonest `max` words that begin with the prefix, if the source can find them itself. */
  completions?(prefix: string, max: number): string[];
}

export class Vocabulary {
  private byLength: Map<number, string[]> | null = null;
  /** Each word's signature, beside byLength's lists. */
  private signatures: Map<number, Int32Array> | null = null;
  private sorted: string[] | null = null;
  /** Every word, read from the source once and then added to. */
  private all: string[] | null = null;

  constructor(private readonly postings: TermSource) {}

  /** Called when the index gains a word it did not have. */
  invalidate(): void {
    this.all = null;
    this.byLength = null;
    this.signatures = null;
    this.sorted = null;
  }

  /** Words new to the index, added without reading the others again. */
  add(terms: readonly string[]): void {
    if (!terms.length) return;
    this.sorted = null;
    // One push per word: spread as arguments, 200,000 new words (a large book) overflow the stack.
    if (this.all) for (const term of terms) this.all.push(term);
    if (!this.byLength) return;
    const byLength = new Map<number, string[]>();
    for (const term of terms) {
      const list = byLength.get(term.length);
      if (list) list.push(term);
      else byLength.set(term.length, [term]);
    }
    for (const [len, added] of byLength) {
      const list = this.byLength.get(len) ?? [];
      const old = this.signatures!.get(len) ?? new Int32Array(0);
      const grown = new Int32Array(old.length + added.length);
      grown.set(old);
      added.forEach((term, i) => (grown[old.length + i] = signature(term)));
      for (const term of added) list.push(term);
      this.byLength.set(len, list);
      this.signatures!.set(len, grown);
    }
  }

  private words(): string[] {
    this.all ??= [...this.postings.terms()];
    return this.all;
  }

  private lengths(): Map<number, string[]> {
    if (!this.byLength) {
      this.byLength = new Map();
      for (const term of this.words()) {
        const list = this.byLength.get(term.length);
        if (list) list.push(term);
        else this.byLength.set(term.length, [term]);
      }
      this.signatures = new Map(
        [...this.byLength].map(([len, terms]) => [len, Int32Array.from(terms, signature)]),
      );
    }
    return this.byLength;
  }

  private alphabetical(): string[] {
    this.sorted ??= [...this.words()].sort();
    return this.sorted;
  }

  expand(key: string, openEnded: boolean): Expansion[] {
    const found = new Map<string, number>();
    if (this.postings.count(key) > 0) found.set(key, 1);
    const max = allowedEdits(key);
    if (max > 0) {
      const lengths = this.lengths();
      const own = signature(key);
      for (let len = key.length - max; len <= key.length + max; len++) {
        const terms = lengths.get(len) ?? [];
        const signatures = this.signatures!.get(len)!;
        for (let t = 0; t < terms.length; t++) {
          // Each edit changes at most two of the characters a word holds: a word whose
          // characters differ more cannot be within reach, and is skipped unmeasured.
          if (popcount(own ^ signatures[t]!) > 2 * max) continue;
          const term = terms[t]!;
          if (term === key) continue;
          const d = boundedEditDistance(key, term, max);
          // Squared, so one edit costs clearly less than two and neither rivals the word itself.
          if (d <= max)
            found.set(term, Math.max(found.get(term) ?? 0, (1 - d / (key.length + 1)) ** 2));
        }
      }
    }
    if (openEnded && key.length >= MIN_PREFIX) {
      for (const term of this.completions(key)) {
        if (!found.has(term)) found.set(term, PREFIX_WEIGHT * Math.sqrt(key.length / term.length));
      }
    }
    return [...found].map(([k, weight]) => ({ key: k, weight }));
  }

  private completions(prefix: string): string[] {
    if (this.postings.completions) return this.postings.completions(prefix, MAX_COMPLETIONS);
    const sorted = this.alphabetical();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      out.push(sorted[i]!);
    }
    // Many completions of a short prefix: keep the commonest.
    if (out.length <= MAX_COMPLETIONS) return out;
    return out
      .sort((a, b) => this.postings.count(b) - this.postings.count(a))
      .slice(0, MAX_COMPLETIONS);
  }
}
