import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIndex, readIndex } from '../../electron/main/search/indexFile';
import { SearchIndex } from '../../shared/search/index/searchIndex';
import { parseQuery } from '../../shared/search/query/parseQuery';
import { asUpload, fixtureFiles } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';

async function libraryWithFixtures() {
  const dir = await tempDir();
  const archive = await openArchive(dir);
  await archive.api.importFiles({ files: fixtureFiles().map((f) => asUpload(f)) });
  await archive.close();
  return dir;
}

const indexFile = (dir: string) => join(dir, 'index', 'search.bin');

describe('the search index in the library folder', () => {
  it('is written on import and read, not rebuilt, when the library opens again', async () => {
    const dir = await libraryWithFixtures();
    const written = await stat(indexFile(dir));
    const archive = await openArchive(dir);
    expect(archive.searchIndexRebuilt).toBe(false);
    const result = await archive.api.search({ query: 'Жанаозен' });
    await archive.close();
    expect(result.ok && result.value.hits.map((h) => h.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Zhanaozen'),
        expect.stringContaining('Janaozen'),
      ]),
    );
    expect((await stat(indexFile(dir))).size).toBe(written.size);
  });

  it('is rebuilt when missing, unreadable or stale, and search works all the same', async () => {
    const dir = await libraryWithFixtures();
    for (const damage of ['missing', 'garbage', 'stale'] as const) {
      if (damage === 'missing') await writeFile(indexFile(dir), '');
      if (damage === 'garbage')
        await writeFile(indexFile(dir), 'DSIX\u0005\u0000\u0000\u0000{nope');
      if (damage === 'stale') {
        // The library changed behind the index's back (another copy synced over it).
        const doc = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
        doc.sources[0].title = 'Renamed elsewhere';
        await writeFile(join(dir, 'library.json'), JSON.stringify(doc));
      }
      const archive = await openArchive(dir);
      expect(archive.searchIndexRebuilt, damage).toBe(true);
      const result = await archive.api.search({ query: 'Tokayev' });
      await archive.close();
      expect(result.ok && result.value.hits.length, damage).toBeGreaterThan(0);
      const again = await openArchive(dir);
      expect(again.searchIndexRebuilt, `${damage}, then reopened`).toBe(false);
      await again.close();
    }
  });

  it('round-trips through its file format', async () => {
    const index = new SearchIndex();
    index.addDocument(
      { sourceId: 's1', passageId: 's1-p1', field: 'passage' },
      'Strike in Zhanaozen',
    );
    index.addDocument({ sourceId: 's1', passageId: null, field: 'title' }, 'Oil and Janaozen');
    index.addDocument(
      { sourceId: 's2', passageId: 's2-p1', field: 'passage' },
      'Алматы и Жанаозен',
    );
    index.removeSource('s2');
    const dir = await tempDir();
    const file = join(dir, 'search.bin');
    await writeFile(file, encodeIndex(index, 'stamp-1'));
    expect(await readIndex(file, 'stamp-2')).toBeNull();
    const restored = (await readIndex(file, 'stamp-1'))!;
    const query = parseQuery('Janaozen');
    const found = (i: SearchIndex) => i.candidates(query, () => true).candidates.map((c) => c.doc);
    expect(found(restored)).toEqual(found(index));
    expect(found(restored)).toEqual([
      { sourceId: 's1', passageId: 's1-p1', field: 'passage' },
      { sourceId: 's1', passageId: null, field: 'title' },
    ]);
    await writeFile(file, encodeIndex(index, 'stamp-1').subarray(0, 40));
    expect(await readIndex(file, 'stamp-1')).toBeNull();
  });
});
