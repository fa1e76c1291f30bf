import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { readStoredLibrary } from '../helpers/storedLibrary';

/** A report of its own words, long enough that 400 of them fill most of a megabyte. */
function report(i: number): string {
  const paragraphs = Array.from(
    { length: 25 },
    (_, p) =>
      `Paragraph ${p} of report ${i}: ` +
      Array.from({ length: 40 }, (_, w) => `word${(i * 31 + p * 7 + w) % 997}`).join(' '),
  );
  return [`Report ${i}`, ...paragraphs].join('\n\n');
}

const upload = (i: number) => ({
  name: `report-${i}.txt`,
  dataBase64: Buffer.from(report(i)).toString('base64'),
});

describe('library.db', () => {
  it('writes a change as its own rows: the log grows by a few pages, not by the library', async () => {
    const dir = await tempDir();
    const first = await openArchive(dir);
    const imported = await first.api.importFiles({
      files: Array.from({ length: 400 }, (_, i) => upload(i)),
    });
    expect(imported.ok).toBe(true);
    await first.close();
    const library = (await stat(join(dir, 'library.db'))).size;
    expect(library).toBeGreaterThan(800_000);

    const archive = await openArchive(dir);
    const [source] = readStoredLibrary(dir).sources;
    const noted = await archive.api.setSourceNote({ sourceId: source!.id, note: 'one note' });
    expect(noted.ok).toBe(true);
    // Before close: the change is in the write-ahead log, synced, and nothing else was written.
    const log = (await stat(join(dir, 'library.db-wal'))).size;
    expect(log).toBeGreaterThan(0);
    expect(log).toBeLessThan(64 * 1024);
    expect(readStoredLibrary(dir).sources[0]!.note).toBe('one note');
    await archive.close();
  });
});
