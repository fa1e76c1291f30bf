import { cp, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asUpload, fixtureFiles } from '../../helpers/corpus';
import { openArchive, tempDir } from '../../helpers/tempLibrary';
import { ok, upload } from '../../helpers/apiCalls';
import { bySql, plantRow, readStoredLibrary } from '../../helpers/storedLibrary';

async function libraryWithFixtures() {
  const dir = await tempDir();
  const archive = await openArchive(dir);
  await archive.api.importFiles({ files: fixtureFiles().map((f) => asUpload(f)) });
  await archive.close();
  return dir;
}

/** How many times the index's tables were written: each change that touches it moves this on. */
function indexWrites(dir: string): number {
  let writes = 0;
  bySql(dir, (db) => {
    const row = db.prepare(`SELECT value FROM search_state WHERE key = 'writes'`).get();
    writes = Number(row?.value ?? 0);
  });
  return writes;
}

const texts = (
  result: Awaited<ReturnType<Awaited<ReturnType<typeof openArchive>>['api']['search']>>,
) => ok(result).hits.map((h) => h.text);

describe('the search index in library.db', () => {
  it('is written with each import and found current, not built, when the library opens again', async () => {
    const dir = await libraryWithFixtures();
    expect(indexWrites(dir)).toBeGreaterThan(0);
    const archive = await openArchive(dir);
    expect(await archive.searchIndexRebuilt()).toBe(false);
    const result = await archive.api.search({ query: 'Жанаозен' });
    await archive.close();
    expect(texts(result)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Zhanaozen'),
        expect.stringContaining('Janaozen'),
      ]),
    );
  });

  it('is not written for a tag without a note; a note is indexed in the tag’s own write', async () => {
    const dir = await libraryWithFixtures();
    const before = indexWrites(dir);
    const archive = await openArchive(dir);
    const source = readStoredLibrary(dir).sources[0]!;
    const passage = source.passages[1]!;
    ok(
      await archive.api.createHighlight({
        sourceId: source.id,
        start: passage.start,
        end: passage.end,
        themeIds: ['labour'],
      }),
    );
    expect(indexWrites(dir)).toBe(before);
    const highlight = readStoredLibrary(dir).highlights[0]!;
    ok(await archive.api.updateHighlight({ id: highlight.id, note: 'okapi sighting' }));
    expect(indexWrites(dir)).toBe(before + 1);
    await archive.close();
    const again = await openArchive(dir);
    const found = await again.api.search({ query: 'okapi' });
    expect(await again.searchIndexRebuilt()).toBe(false);
    expect(ok(found).hits.map((h) => h.field)).toEqual(['note']);
    // The note changed: the old words are gone, the new ones found.
    ok(await again.api.updateHighlight({ id: highlight.id, note: 'tapir tracks' }));
    expect(ok(await again.api.search({ query: 'okapi' })).hits).toEqual([]);
    expect(ok(await again.api.search({ query: 'tapir' })).hits).toHaveLength(1);
    await again.close();
  });

  it('finds an edited title by its new words only', async () => {
    const dir = await libraryWithFixtures();
    const archive = await openArchive(dir);
    const [first] = readStoredLibrary(dir).sources;
    const oldWord = first!.title.split(/\s+/).find((w) => w.length > 6)!;
    ok(
      await archive.api.setSourceMetadata({
        sourceId: first!.id,
        metadata: { ...first!.metadata, title: 'Marmoset bulletin' },
      }),
    );
    const found = ok(await archive.api.search({ query: 'marmoset' })).hits;
    // The key Dossier made follows the new title too (it has not been used), and is found by it.
    const key = ok(await archive.api.getSource({ id: first!.id })).metadata['citation-key'];
    expect(key).toMatch(/marmoset$/);
    expect(found.map((h) => [h.sourceId, h.field])).toEqual([
      [first!.id, 'title'],
      [first!.id, 'key'],
    ]);
    const oldHits = ok(await archive.api.search({ query: oldWord, limit: 100 })).hits;
    await archive.close();
    expect(oldHits.filter((h) => h.sourceId === first!.id && h.field === 'title')).toEqual([]);
  });

  it('is built once for a library that has none, and the older index file is removed', async () => {
    const dir = await libraryWithFixtures();
    // As a library kept by the Dossier before: no index tables filled, an index file beside.
    bySql(dir, (db) => {
      for (const table of ['search_docs', 'search_terms', 'search_postings', 'search_fields'])
        db.exec(`DELETE FROM ${table}`);
      db.exec('DELETE FROM search_state');
    });
    const oldFile = join(dir, 'index', 'search.bin');
    await mkdir(join(dir, 'index'), { recursive: true });
    await writeFile(oldFile, 'DSIX an index of the older kind');
    const archive = await openArchive(dir);
    expect(await archive.searchIndexRebuilt()).toBe(true);
    expect(texts(await archive.api.search({ query: 'Tokayev' })).length).toBeGreaterThan(0);
    await archive.close();
    await expect(stat(oldFile)).rejects.toThrow();
    const again = await openArchive(dir);
    expect(await again.searchIndexRebuilt()).toBe(false);
    await again.close();
  });

  it('is built anew when a row was changed by another tool, and finds the row as it now is', async () => {
    const dir = await libraryWithFixtures();
    const source = readStoredLibrary(dir).sources[0]!;
    plantRow(dir, 'sources', source.id, JSON.stringify({ ...source, title: 'Renamed elsewhere' }));
    const archive = await openArchive(dir);
    expect(texts(await archive.api.search({ query: 'renamed elsewhere' }))).toEqual([
      'Renamed elsewhere',
    ]);
    expect(await archive.searchIndexRebuilt()).toBe(true);
    await archive.close();
  });

  it('answers a reader that may not write from an index of its own when none is stored', async () => {
    const dir = await libraryWithFixtures();
    bySql(dir, (db) => db.exec('DELETE FROM search_state'));
    // The window holds the library, so the command only reads.
    const writer = await openArchive(dir);
    const reader = await openArchive(dir, { access: 'read' });
    expect(reader.readOnlyWhy).not.toBeNull();
    expect(texts(await reader.api.search({ query: 'Tokayev' })).length).toBeGreaterThan(0);
    await reader.close();
    await writer.close();
    expect(indexWrites(dir)).toBe(0);
  });

  it('finds after many small changes what an index built whole from the same library finds', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    // One import per file, notes set and changed, a source deleted: many runs per word,
    // merged as they pile up, with documents taken out between.
    const words = ['harbour', 'strike', 'wages', 'police', 'governor', 'crowd', 'night'];
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const body = words
        .filter((_, k) => (i + k) % 3 !== 0)
        .map((w, k) => `The ${w} was noted in report ${i} paragraph ${k}.`)
        .join('\n\n');
      const [outcome] = ok(
        await archive.api.importFiles({ files: [upload(`r${i}.txt`, `Report ${i}\n\n${body}`)] }),
      ).results;
      ids.push((outcome as { source: { id: string } }).source.id);
    }
    for (let i = 0; i < 40; i += 4)
      ok(await archive.api.setSourceNote({ sourceId: ids[i]!, note: `crowd at the harbour ${i}` }));
    for (let i = 0; i < 40; i += 8)
      ok(await archive.api.setSourceNote({ sourceId: ids[i]!, note: 'quiet night' }));
    for (let i = 1; i < 40; i += 9) {
      const source = ok(await archive.api.getSource({ id: ids[i]! }));
      ok(
        await archive.api.setSourceMetadata({
          sourceId: ids[i]!,
          metadata: { ...source.metadata, title: `Harbour night ${i}` },
        }),
      );
    }
    const queries = [...words, 'harbour crowd', 'quiet', 'report 12', 'wagse', 'gov'];
    const answer = async (a: typeof archive) => {
      const out: Record<string, string[]> = {};
      for (const q of queries) {
        const { hits, total } = ok(await a.api.search({ query: q, limit: 500 }));
        out[q] = [
          `total ${total}`,
          ...hits.map((h) => `${h.sourceId}/${h.passageId}/${h.field}`).sort(),
        ];
      }
      return out;
    };
    const kept = await answer(archive);
    await archive.close();
    const copy = await tempDir();
    await cp(dir, copy, { recursive: true });
    bySql(copy, (db) => db.exec('DELETE FROM search_state'));
    const whole = await openArchive(copy);
    expect(await whole.searchIndexRebuilt()).toBe(true);
    expect(await answer(whole)).toEqual(kept);
    await whole.close();
    expect(kept['harbour']!.length).toBeGreaterThan(20);
    expect(kept['quiet']!.length).toBe(1 + 5);
  });
});
