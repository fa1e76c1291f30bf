import { ByteWriter } from './varint';

/** One document in a word's list: where, how often, and what BM25 needs of the document. */
export interface PostingEntry {
  ordinal: number;
  /** How often the word occurs in the document, capped at 255. */
  tf: number;
  /** The document's length in words, and its field (an index into docFields). */
  length: number;
  field: number;
}

/** A word's documents in ascending order, as parallel arrays. */
export interface PostingList {
  readonly size: number;
  readonly ordinals: Uint32Array;
  readonly freqs: Uint8Array;
  readonly lengths: Uint32Array;
  readonly fields: Uint8Array;
}

export const MAX_FREQ = 255;

export const emptyPostingList: PostingList = {
  size: 0,
  ordinals: new Uint32Array(0),
  freqs: new Uint8Array(0),
  lengths: new Uint32Array(0),
  fields: new Uint8Array(0),
};

/**
 * A run of entries in ascending order as bytes: each ordinal as the gap from the one before
 * (the first from zero), then its frequency, length and field.
 */
export function encodePostings(entries: readonly PostingEntry[]): Uint8Array {
  const out = new ByteWriter();
  let previous = 0;
  for (const e of entries) {
    out.varint(e.ordinal - previous);
    out.varint(Math.min(MAX_FREQ, e.tf));
    out.varint(e.length);
    out.varint(e.field);
    previous = e.ordinal;
  }
  return out.result().slice();
}

/**
 * Runs encoded by encodePostings, oldest first (each run's ordinals above the last's), as one
 * list; `keep` leaves out documents no longer in the index.
 */
export function decodePostings(
  runs: readonly { entries: number; data: Uint8Array }[],
  keep: (ordinal: number) => boolean = () => true,
): PostingList {
  const capacity = runs.reduce((sum, r) => sum + r.entries, 0);
  const ordinals = new Uint32Array(capacity);
  const freqs = new Uint8Array(capacity);
  const lengths = new Uint32Array(capacity);
  const fields = new Uint8Array(capacity);
  let size = 0;
  const values = [0, 0, 0, 0];
  for (const { data } of runs) {
    let previous = 0;
    let slot = 0;
    let shift = 0;
    let current = 0;
    for (let i = 0; i < data.length; i++) {
      const b = data[i]!;
      current |= (b & 0x7f) << shift;
      if (b & 0x80) {
        shift += 7;
        continue;
      }
      values[slot++] = current >>> 0;
      current = 0;
      shift = 0;
      if (slot < 4) continue;
      slot = 0;
      previous += values[0]!;
      if (!keep(previous) || size >= capacity) continue;
      ordinals[size] = previous;
      freqs[size] = values[1]!;
      lengths[size] = values[2]!;
      fields[size] = values[3]!;
      size++;
    }
  }
  return {
    size,
    ordinals: ordinals.subarray(0, size),
    freqs: freqs.subarray(0, size),
    lengths: lengths.subarray(0, size),
    fields: fields.subarray(0, size),
  };
}

/** The entries of a list, for writing it again (runs merged). */
export function entriesOf(list: PostingList): PostingEntry[] {
  const entries: PostingEntry[] = [];
  for (let i = 0; i < list.size; i++)
    entries.push({
      ordinal: list.ordinals[i]!,
      tf: list.freqs[i]!,
      length: list.lengths[i]!,
      field: list.fields[i]!,
    });
  return entries;
}
