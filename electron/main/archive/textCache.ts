import type { SourceRecord } from '../../../shared/model/source';
import { readText } from '../library/blobStore';
import { sha256 } from '../import/hash';

/** About 100 MB of text: a large library's texts, or the most recently used of a larger one. */
const KEPT_CHARACTERS = 50_000_000;

/**
 * Sources' texts, read from texts/ when first needed and kept while they fit, so a large
 * library opens without reading every text.
 */
export class TextCache {
  private readonly texts = new Map<string, string>();
  private characters = 0;

  constructor(private readonly dir: string) {}

  set(hash: string, text: string): void {
    const old = this.texts.get(hash);
    if (old !== undefined) {
      this.texts.delete(hash);
      this.characters -= old.length;
    }
    this.texts.set(hash, text);
    this.characters += text.length;
    while (this.characters > KEPT_CHARACTERS && this.texts.size > 1) {
      const [oldest, value] = this.texts.entries().next().value!;
      this.texts.delete(oldest);
      this.characters -= value.length;
    }
  }

  /**
   * The text, or null when its file is missing or holds other bytes than its name (its sha-256)
   * says: an altered text is never served as the source's.
   */
  async get(source: SourceRecord): Promise<string | null> {
    const cached = this.texts.get(source.textHash);
    if (cached !== undefined) {
      this.set(source.textHash, cached);
      return cached;
    }
    const text = await readText(this.dir, `${source.textHash}.txt`).catch(() => null);
    if (text === null || sha256(text) !== source.textHash) return null;
    this.set(source.textHash, text);
    return text;
  }
}
