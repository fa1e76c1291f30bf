import { ByteWriter, decodeVarints } from './varint';

interface Entry {
  count: number;
  list?: number[];
  /** How often the term occurs in each document of `list`, capped at 255. */
  freqs?: number[];
  /** The list as stored on disk (gap, frequency pairs), decoded the first time a query needs it. */
  encoded?: Uint8Array;
}

const MAX_FREQ = 255;

/** Term → ascending document ordinals with the term's frequency in each. */
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

  private decoded(entry: Entry): Entry & { list: number[]; freqs: number[] } {
    if (!entry.list) {
      const numbers = decodeVarints(entry.encoded!);
      const list: number[] = [];
      const freqs: number[] = [];
      let previous = 0;
      for (let i = 0; i < numbers.length; i += 2) {
        previous += numbers[i]!;
        list.push(previous);
        freqs.push(numbers[i + 1]!);
      }
      entry.list = list;
      entry.freqs = freqs;
      entry.encoded = undefined;
    }
    return entry as Entry & { list: number[]; freqs: number[] };
  }

  get(term: string): readonly number[] {
    const entry = this.entries.get(term);
    return entry ? this.decoded(entry).list : [];
  }

  /** The term's frequency in each document of get(term), in the same order. */
  frequencies(term: string): readonly number[] {
    const entry = this.entries.get(term);
    return entry ? this.decoded(entry).freqs : [];
  }

  /** Adds a document to a term's list; answers whether the term is new to the index. */
  add(term: string, ordinal: number, frequency = 1): boolean {
    const freq = Math.min(MAX_FREQ, frequency);
    const entry = this.entries.get(term);
    if (!entry) {
      this.entries.set(term, { count: 1, list: [ordinal], freqs: [freq] });
      return true;
    }
    const { list, freqs } = this.decoded(entry);
    list.push(ordinal);
    freqs.push(freq);
    entry.count++;
    return false;
  }

  load(term: string, count: number, encoded: Uint8Array): void {
    this.entries.set(term, { count, encoded });
  }

  /** The stored form: each ordinal as the gap from the one before, then its frequency. */
  encoded(term: string): Uint8Array {
    const entry = this.entries.get(term)!;
    if (entry.encoded) return entry.encoded;
    const out = new ByteWriter();
    let previous = 0;
    entry.list!.forEach((ordinal, i) => {
      out.varint(ordinal - previous);
      out.varint(entry.freqs![i]!);
      previous = ordinal;
    });
    return out.result().slice();
  }
}
