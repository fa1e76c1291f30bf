import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import type { Archive } from '../../electron/main/archive/archiveService';
import { bySql, plantMeta, plantRow, readStoredLibrary } from '../helpers/storedLibrary';
import { sqlite } from '../../electron/main/library/sqliteModule';
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

/** How many stored highlights carry each theme, counted here from the rows as stored. */
function countsFromRows(dir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const h of readStoredLibrary(dir).highlights)
    for (const t of h.themeIds) counts[t] = (counts[t] ?? 0) + 1;
  return counts;
}

async function listedCounts(dir: string): Promise<Record<string, number>> {
  const archive = await openArchive(dir, { sessionCopyEveryMs: 60 * 60_000 });
  const themes = await archive.api.listThemes({});
  // Counted without reading a record.
  expect(archive.state.store.sourceSummaries()).not.toBeNull();
  await archive.close();
  if (!themes.ok) throw new Error(themes.error.message);
  return Object.fromEntries(
    themes.value.filter((t) => t.highlightCount > 0).map((t) => [t.id, t.highlightCount]),
  );
}

describe('a highlight changed by its own rows', () => {
  /** A library of three reports, its session copy taken, each report tagged once. */
  async function taggedLibrary() {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const imported = await archive.api.importFiles({
      files: [reportFile(1), reportFile(2), reportFile(3)],
    });
    expect(imported.ok).toBe(true);
    for (const source of readStoredLibrary(dir).sources) {
      const p = source.passages[1]!;
      const tagged = await archive.api.createHighlight({
        sourceId: source.id,
        start: p.start,
        end: p.end,
        themeIds: ['clans'],
      });
      expect(tagged.ok).toBe(true);
    }
    await archive.close();
    return dir;
  }

  it('tags, edits and deletes without reading the library, and writes what a whole change writes', async () => {
    const dir = await taggedLibrary();
    const before = readStoredLibrary(dir);
    const [first, second] = before.sources;
    // A copy younger than an hour exists, so no change of this session reads every record.
    const archive = await openArchive(dir, { sessionCopyEveryMs: 60 * 60_000 });
    const passage = first!.passages[3]!;
    const made = await archive.api.createHighlight({
      sourceId: first!.id,
      start: passage.start - 1, // the space before it, which the quote leaves out
      end: passage.end,
      themeIds: ['labour', 'clans'],
      note: 'two themes',
    });
    if (!made.ok) throw new Error(made.error.message);
    const theirs = before.highlights.find((h) => h.sourceId === second!.id)!;
    const edited = await archive.api.updateHighlight({ id: theirs.id, themeIds: ['labour'] });
    expect(edited.ok && edited.value.themeIds).toEqual(['labour']);
    const removed = await archive.api.deleteHighlight({
      id: before.highlights.find((h) => h.sourceId === first!.id)!.id,
    });
    expect(removed.ok && removed.value.undoLabel).toBe('Delete highlight');
    // Refused as a whole change refuses: a theme the codebook lacks.
    const refused = await archive.api.createHighlight({
      sourceId: first!.id,
      start: passage.start,
      end: passage.end,
      themeIds: ['no-such-theme'],
    });
    expect(refused.ok ? null : refused.error.code).toBe('NOT_FOUND');
    expect(archive.state.store.sourceSummaries()).not.toBeNull();

    const after = readStoredLibrary(dir);
    expect(after.sources).toEqual(before.sources);
    expect(after.themes).toEqual(before.themes);
    const added = after.highlights.find((h) => h.id === made.value.id)!;
    expect(added).toMatchObject({
      sourceId: first!.id,
      themeIds: ['labour', 'clans'],
      note: 'two themes',
      anchor: { start: passage.start, end: passage.end },
    });
    expect(after.highlights.find((h) => h.id === theirs.id)?.themeIds).toEqual(['labour']);
    expect(after.highlights).toHaveLength(before.highlights.length);
    const untouched = before.highlights.find((h) => h.sourceId === before.sources[2]!.id)!;
    expect(after.highlights).toContainEqual(untouched);

    // Undo reads the library and takes each step back, the newest first.
    for (let step = 0; step < 3; step++) expect((await archive.api.undo({})).ok).toBe(true);
    await archive.close();
    // Order carries no meaning: an undone delete comes back at the end.
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(readStoredLibrary(dir).highlights)).toEqual(byId(before.highlights));
  });

  /** Tags the first source's passage `n` whole with the themes. */
  async function tagFirst(archive: Archive, dir: string, n: number, themeIds: string[]) {
    const [source] = readStoredLibrary(dir).sources;
    const p = source!.passages[n]!;
    const made = await archive.api.createHighlight({
      sourceId: source!.id,
      start: p.start,
      end: p.end,
      themeIds,
    });
    if (!made.ok) throw new Error(made.error.message);
    return { source: source!, made };
  }

  it('keeps the library in memory in step when the session copy read it first', async () => {
    const dir = await taggedLibrary();
    const archive = await openArchive(dir); // takes its copy at the first change
    const { source, made } = await tagFirst(archive, dir, 4, ['labour']);
    expect(archive.state.store.doc.highlights.map((h) => h.id)).toContain(made.value.id);
    const listed = await archive.api.listHighlights({ sourceId: source.id });
    expect(listed.ok && listed.value.map((h) => h.id)).toContain(made.value.id);
    await archive.close();
  });

  it('counts each theme’s highlights as the rows hold them, whoever wrote the rows', async () => {
    const dir = await taggedLibrary();
    const archive = await openArchive(dir, { sessionCopyEveryMs: 60 * 60_000 });
    const { made } = await tagFirst(archive, dir, 5, ['labour', 'casualties']);
    expect(
      (await archive.api.updateHighlight({ id: made.value.id, themeIds: ['labour'] })).ok,
    ).toBe(true);
    await archive.close();
    expect(await listedCounts(dir)).toEqual(countsFromRows(dir));
    expect(countsFromRows(dir)).toEqual({ clans: 3, labour: 1 });

    // Another tool writes a row naming a theme twice, and deletes another.
    const [one, two] = readStoredLibrary(dir).highlights;
    plantRow(
      dir,
      'highlights',
      one!.id,
      JSON.stringify({ ...one, themeIds: ['labour', 'labour'] }),
    );
    bySql(dir, (db) => db.prepare('DELETE FROM highlights WHERE id = ?').run(two!.id));
    const raw = countsFromRows(dir);
    expect(raw).toEqual({ clans: 1, labour: 3 });
    const db = new (sqlite().DatabaseSync)(join(dir, 'library.db'), { readOnly: true });
    const kept = Object.fromEntries(
      db
        .prepare('SELECT theme, n FROM theme_uses')
        .all()
        .map((r) => [r.theme, r.n]),
    );
    db.close();
    expect(kept).toEqual(raw);
  });

  it('fills the counts once for a database made before they were kept', async () => {
    const dir = await taggedLibrary();
    bySql(dir, (db) => {
      for (const trigger of ['insert', 'delete', 'update'])
        db.exec(`DROP TRIGGER highlights_uses_${trigger}`);
      db.exec('DROP TABLE theme_uses');
    });
    // A reader without the table counts from the rows themselves.
    const reader = await openArchive(dir, { access: 'read' });
    const read = await reader.api.listThemes({});
    await reader.close();
    expect(read.ok && read.value.find((t) => t.id === 'clans')?.highlightCount).toBe(3);
    const writer = await openArchive(dir);
    await writer.close();
    expect(await listedCounts(dir)).toEqual({ clans: 3 });
  });
});
