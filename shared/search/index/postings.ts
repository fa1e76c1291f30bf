import { decodeAscending, encodeAscending } from './varint';

interface Entry {
  count: number;
  list?: number[];
  /** The list as stored on disk, decoded the first time a query needs it. */
  encoded?: Uint8Array;
}

/** Term → ascending document ordinals. Lists loaded from disk stay encoded until used. */
export class Postings {
  private readonly entries = new Map<string, Entry>();

  get termCount(): number {
    return this.entries.size;
  }

  terms(): IterableIterator<string> {
    return this.entries.keys();
  }

  has(term: string): boolean {
    return this.entries.has(term);
  }

  count(term: string): number {
    return this.entries.get(term)?.count ?? 0;
  }

  get(term: string): readonly number[] {
    const entry = this.entries.get(term);
    if (!entry) return [];
    if (!entry.list) {
      entry.list = decodeAscending(entry.encoded!);
      entry.encoded = undefined;
    }
    return entry.list;
  }

  /** Adds a document to a term's list; answers whether the term is new to the index. */
  add(term: string, ordinal: number): boolean {
    const entry = this.entries.get(term);
    if (!entry) {
      this.entries.set(term, { count: 1, list: [ordinal] });
      return true;
    }
    (this.get(term) as number[]).push(ordinal);
    entry.count++;
    return false;
  }

  load(term: string, count: number, encoded: Uint8Array): void {
    this.entries.set(term, { count, encoded });
  }

  encoded(term: string): Uint8Array {
    const entry = this.entries.get(term)!;
    return entry.encoded ?? encodeAscending(entry.list!);
  }
}
