import { open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import type { JournalEntry } from '../../../shared/history/patchCodec';

/**
 * The changes made since library.json was last written whole, one JSON line each. Appending a
 * line and syncing it is far cheaper than rewriting a library of 50,000 highlights, so every
 * change is on disk at once; library.json is rewritten (compacted) when the library is idle or
 * closed. A crash mid-append leaves a torn last line, which is ignored: that change is lost,
 * everything before it is kept.
 */
export class LibraryJournal {
  private handle: FileHandle | null = null;
  private size = 0;
  entries = 0;

  constructor(private readonly file: string) {}

  async read(): Promise<JournalEntry[]> {
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const entries: JournalEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        entries.push(
          JSON.parse(line, (key, value: unknown) =>
            key === '__proto__' ? undefined : value,
          ) as JournalEntry,
        );
      } catch {
        break; // a torn write can only be the last line
      }
    }
    this.size = Buffer.byteLength(text);
    this.entries = entries.length;
    return entries;
  }

  async append(entry: JournalEntry): Promise<void> {
    this.handle ??= await open(this.file, 'a');
    const line = Buffer.from(`${JSON.stringify(entry)}\n`);
    try {
      await this.handle.write(line);
      await this.handle.datasync();
    } catch (error) {
      // Take back a partly written line, so the failed change is not replayed at the next open.
      await this.handle.truncate(this.size).catch(() => {});
      throw error;
    }
    this.size += line.length;
    this.entries++;
  }

  /** After library.json holds every change: start over. */
  async clear(): Promise<void> {
    if (this.handle) await this.handle.truncate(0);
    else await truncate(this.file, 0).catch(() => {});
    this.size = 0;
    this.entries = 0;
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }
}
