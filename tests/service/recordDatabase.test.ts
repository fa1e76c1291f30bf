import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { plantMeta, plantRow, readStoredLibrary } from '../helpers/storedLibrary';
import { repoRoot } from '../helpers/corpus';
import { upload } from '../helpers/apiCalls';

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

const reportFile = (i: number) => upload(`report-${i}.txt`, report(i));

describe('library.db', () => {
  it('writes a change as its own rows: the log grows by a few pages, not by the library', async () => {
    const dir = await tempDir();
    const first = await openArchive(dir);
    const imported = await first.api.importFiles({
      files: Array.from({ length: 400 }, (_, i) => reportFile(i)),
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

describe('a list of sources drawn from the stored summaries', () => {
  /** A library with a reader comment under its article, a retitled source and a dated one. */
  async function variedLibrary() {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const page = await readFile(join(repoRoot, 'tests/fixtures/import/saved-page.html'));
    const imported = await archive.api.importFiles({
      files: [upload('page.html', page), reportFile(1), reportFile(2)],
    });
    expect(imported.ok).toBe(true);
    const listed = await archive.api.listSources({});
    if (!listed.ok) throw new Error(listed.error.message);
    const report = listed.value.find((s) => s.title === 'Report 1')!;
    const detail = await archive.api.getSource({ id: report.id });
    if (!detail.ok) throw new Error(detail.error.message);
    const retitled = await archive.api.setSourceMetadata({
      sourceId: report.id,
      metadata: {
        ...detail.value.metadata,
        title: 'Report one, retitled',
        issued: { 'date-parts': [[2021, 3, 4]] },
      },
    });
    expect(retitled.ok).toBe(true);
    await archive.close();
    return dir;
  }

  /** The list as the library's records make it: they are read first, then listed. */
  async function listFromRecords(dir: string) {
    const archive = await openArchive(dir);
    const all = archive.state.store.doc;
    expect(all.sources.length).toBeGreaterThan(0);
    const listed = await archive.api.listSources({});
    await archive.close();
    return listed.ok ? listed.value : [];
  }

  it('is the list the records make, comments, new titles and dates included', async () => {
    const dir = await variedLibrary();
    const archive = await openArchive(dir);
    const fromSummaries = await archive.api.listSources({});
    // Nothing asked for the records: the list came from the summaries.
    expect(archive.state.store.sourceSummaries()).not.toBeNull();
    await archive.close();
    const expected = await listFromRecords(dir);
    expect(expected.some((s) => s.parent)).toBe(true);
    expect(expected.find((s) => s.title === 'Report one, retitled')?.date).toBe('2021-03-04');
    expect(fromSummaries.ok && fromSummaries.value).toEqual(expected);
  });

  it('shows a source from its own rows as the records would: comments, article, highlights', async () => {
    const dir = await variedLibrary();
    const setUp = await openArchive(dir);
    const listed = await setUp.api.listSources({});
    const comment = listed.ok ? listed.value.find((s) => s.parent)! : undefined;
    const article = comment!.parent!;
    const detail = await setUp.api.getSource({ id: article });
    const passage = detail.ok ? detail.value.passages[0]! : undefined;
    const tagged = await setUp.api.createHighlight({
      sourceId: article,
      start: passage!.start,
      end: passage!.end,
      themeIds: ['labour'],
      note: 'kept for the brief',
    });
    expect(tagged.ok).toBe(true);
    await setUp.close();
    const shown = async (id: string, readRecords: boolean) => {
      const archive = await openArchive(dir);
      if (readRecords) expect(archive.state.store.doc.sources.length).toBeGreaterThan(0);
      else expect(archive.state.store.sourceSummaries()).not.toBeNull();
      const result = await archive.api.getSource({ id });
      await archive.close();
      return result.ok ? result.value : result.error;
    };
    for (const id of [article, comment!.id])
      expect(await shown(id, false)).toEqual(await shown(id, true));
    expect(await shown(article, false)).toMatchObject({
      comments: expect.arrayContaining([expect.objectContaining({ id: comment!.id })]),
      highlights: [expect.objectContaining({ note: 'kept for the brief' })],
    });
    expect(await shown(comment!.id, false)).toMatchObject({ parent: { id: article } });
  });

  it('is not drawn from a summary another tool left behind its record', async () => {
    const dir = await variedLibrary();
    const [first] = readStoredLibrary(dir).sources;
    plantRow(dir, 'sources', first!.id, JSON.stringify({ ...first, title: 'Edited by hand' }));
    const archive = await openArchive(dir);
    const listed = await archive.api.listSources({});
    await archive.close();
    expect(listed.ok && listed.value.find((s) => s.id === first!.id)?.title).toBe('Edited by hand');
    // Checked at that open and written back with its summary: the next list has it too.
    const again = await openArchive(dir);
    expect(again.state.store.sourceSummaries()).not.toBeNull();
    const relisted = await again.api.listSources({});
    await again.close();
    expect(relisted.ok && relisted.value.find((s) => s.id === first!.id)?.title).toBe(
      'Edited by hand',
    );
  });

  it('is made again when the summaries are of another format', async () => {
    const dir = await variedLibrary();
    const expected = await listFromRecords(dir);
    plantMeta(dir, 'summaryFormat', '0');
    const archive = await openArchive(dir);
    const listed = await archive.api.listSources({});
    await archive.close();
    expect(listed.ok && listed.value).toEqual(expected);
    const again = await openArchive(dir);
    expect(again.state.store.sourceSummaries()).toEqual(expected);
    await again.close();
  });
});
