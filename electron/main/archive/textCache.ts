import type { SourceRecord } from '../../../shared/model/source';
import { readText } from '../library/blobStore';

const KEPT = 512;

/**
 * Sources' texts, read from texts/ when first needed and kept for the most recently used, so a
 * large library opens without reading every text.
 */
export class TextCache {
  private readonly texts = new Map<string, string>();

  constructor(private readonly dir: string) {}

  set(hash: string, text: string): void {
    this.texts.delete(hash);
    this.texts.set(hash, text);
    if (this.texts.size > KEPT) this.texts.delete(this.texts.keys().next().value!);
  }

  /** The text, or null when its file is missing. */
  async get(source: SourceRecord): Promise<string | null> {
    const cached = this.texts.get(source.textHash);
    if (cached !== undefined) {
      this.set(source.textHash, cached);
      return cached;
    }
    const text = await readText(this.dir, `${source.textHash}.txt`).catch(() => null);
    if (text !== null) this.set(source.textHash, text);
    return text;
  }
}
