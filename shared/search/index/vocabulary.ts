import { allowedEdits, boundedEditDistance } from './editDistance';
import type { Postings } from './postings';

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
export class Vocabulary {
  private byLength: Map<number, string[]> | null = null;
  private sorted: string[] | null = null;

  constructor(private readonly postings: Postings) {}

  /** Called when the index gains a word it did not have. */
  invalidate(): void {
    this.byLength = null;
    this.sorted = null;
  }

  private lengths(): Map<number, string[]> {
    if (!this.byLength) {
      this.byLength = new Map();
      for (const term of this.postings.terms()) {
        const list = this.byLength.get(term.length);
        if (list) list.push(term);
        else this.byLength.set(term.length, [term]);
      }
    }
    return this.byLength;
  }

  private alphabetical(): string[] {
    this.sorted ??= [...this.postings.terms()].sort();
    return this.sorted;
  }

  expand(key: string, openEnded: boolean): Expansion[] {
    const found = new Map<string, number>();
    if (this.postings.has(key)) found.set(key, 1);
    const max = allowedEdits(key);
    if (max > 0) {
      const lengths = this.lengths();
      for (let len = key.length - max; len <= key.length + max; len++) {
        for (const term of lengths.get(len) ?? []) {
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
