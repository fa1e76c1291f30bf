import { faultPoint } from './faultPoints';
import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { appendFile, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { checkJournalEntry } from '../../../shared/history/journalEntryCheck';
import type { JournalEntry } from '../../../shared/history/patchCodec';
import { FILE_MODE } from './fileModes';
import { recordWords } from '../../../shared/model/recordWords';

/** A journal line that could not be replayed: its change is lost, its bytes are kept. */
export interface JournalDamage {
  line: number;
  reason: string;
}

export interface JournalReading {
  entries: JournalEntry[];
  damaged: JournalDamage[];
  /** A last line cut short by a crash mid-append: cut off at open, its bytes kept. */
  tornTail: boolean;
}

const parse = (line: string): unknown => parseBoundedJson(line);

/**
 * The changes made since library.json was last written whole, one JSON line each. Appending a
 * line and syncing it is far cheaper than rewriting a library of 50,000 highlights, so every
 * change is on disk at once; library.json is rewritten (compacted) when the library is idle or
 * closed. A damaged line costs its own change only; a torn last line (a crash mid-append) is cut
 * off before anything is appended after it. Both are copied to `library.journal.damaged`.
 */
export class LibraryJournal {
  private handle: FileHandle | null = null;
  private size = 0;
  entries = 0;

  constructor(
    private readonly file: string,
    private readonly damagedFile: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** With write false (a reader without the lock) nothing is cut or copied: it is only read. */
  async read({ write = true }: { write?: boolean } = {}): Promise<JournalReading> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') bytes = Buffer.alloc(0);
      else {
        // Left as it is (never emptied) and said so; a change made now will fail to be written.
        const reason = `library.journal cannot be read (${(error as Error).message})`;
        return { entries: [], damaged: [{ line: 0, reason }], tornTail: false };
      }
    }
    const complete = bytes.lastIndexOf(0x0a) + 1;
    const tornTail = complete < bytes.length;
    const entries: JournalEntry[] = [];
    const damaged: JournalDamage[] = [];
    const kept: string[] = [];
    const lines = bytes.subarray(0, complete).toString('utf8').split('\n');
    lines.forEach((line, index) => {
      if (!line.trim()) return;
      let reason: string;
      try {
        const checked = checkJournalEntry(parse(line));
        if (checked.ok) {
          entries.push(checked.entry);
          return;
        }
        reason = checked.reason;
      } catch (error) {
        reason = recordWords('it is not JSON ({{detail}})', { detail: (error as Error).message });
      }
      damaged.push({ line: index + 1, reason });
      kept.push(`# line ${index + 1}: ${reason}\n${line}\n`);
    });
    if (tornTail) {
      kept.push(
        `# line ${lines.length}: cut short by a crash while it was written\n${bytes.subarray(complete).toString('utf8')}\n`,
      );
    }
    if (kept.length && write) {
      await appendFile(
        this.damagedFile,
        `# ${this.now().toISOString()}: set aside from library.journal\n${kept.join('')}`,
        { mode: FILE_MODE },
      );
    }
    if (tornTail && write) await truncate(this.file, complete);
    this.size = complete;
    this.entries = entries.length + damaged.length + (tornTail ? 1 : 0);
    return { entries, damaged, tornTail };
  }

  async append(entry: JournalEntry): Promise<void> {
    this.handle ??= await open(this.file, 'a', FILE_MODE);
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
    faultPoint('after-journal-line');
  }

  /** Only once library.json holding every change is durable on disk: start over. */
  async clear(): Promise<void> {
    if (this.handle) {
      await this.handle.truncate(0);
      await this.handle.datasync();
    } else await truncate(this.file, 0).catch(() => {});
    this.size = 0;
    this.entries = 0;
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }
}
