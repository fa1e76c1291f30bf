import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIndex, readIndex } from '../../electron/main/search/indexFile';
import { SearchIndex } from '../../shared/search/index/searchIndex';
import { parseQuery } from '../../shared/search/query/parseQuery';
import { asUpload, fixtureFiles } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { readStoredLibrary, writeStoredLibrary } from '../helpers/storedLibrary';

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
    expect(await archive.searchIndexRebuilt()).toBe(false);
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
        const doc = readStoredLibrary(dir);
        doc.sources[0]!.title = 'Renamed elsewhere';
        writeStoredLibrary(dir, doc);
      }
      const archive = await openArchive(dir);
      expect(await archive.searchIndexRebuilt(), damage).toBe(true);
      const result = await archive.api.search({ query: 'Tokayev' });
      await archive.close();
      expect(result.ok && result.value.hits.length, damage).toBeGreaterThan(0);
      const again = await openArchive(dir);
      expect(await again.searchIndexRebuilt(), `${damage}, then reopened`).toBe(false);
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
    // Both spellings found, the removed source not; their order is the ranking's business.
    expect(found(restored)).toHaveLength(2);
    expect(found(restored)).toEqual(
      expect.arrayContaining([
        { sourceId: 's1', passageId: 's1-p1', field: 'passage' },
        { sourceId: 's1', passageId: null, field: 'title' },
      ]),
    );
    await writeFile(file, encodeIndex(index, 'stamp-1').subarray(0, 40));
    expect(await readIndex(file, 'stamp-1')).toBeNull();
  });
});

describe('the search index is read when first needed', () => {
  it('is not read by a command that does not search', async () => {
    const dir = await libraryWithFixtures();
    await writeFile(indexFile(dir), 'damaged: a read would have to rebuild it');
    const archive = await openArchive(dir);
    const list = await archive.api.listSources({});
    await archive.close();
    expect(list.ok && list.value).toHaveLength(3);
    // Never read, so never found damaged and rewritten.
    expect(await readFile(indexFile(dir), 'utf8')).toBe('damaged: a read would have to rebuild it');
  });

  it('is not read or rewritten for a tag without a note, and found current after it', async () => {
    const dir = await libraryWithFixtures();
    const before = await readFile(indexFile(dir));
    const archive = await openArchive(dir);
    const source = readStoredLibrary(dir).sources[0]!;
    const passage = source.passages[1]!;
    const tagged = await archive.api.createHighlight({
      sourceId: source.id,
      start: passage.start,
      end: passage.end,
      themeIds: ['labour'],
    });
    expect(tagged.ok).toBe(true);
    await archive.close();
    expect((await readFile(indexFile(dir))).equals(before)).toBe(true);
    const again = await openArchive(dir);
    expect(await again.searchIndexRebuilt()).toBe(false);
    // A note is what the index holds of a highlight: one with a note is indexed at once.
    const highlight = readStoredLibrary(dir).highlights[0]!;
    const noted = await again.api.updateHighlight({ id: highlight.id, note: 'okapi sighting' });
    expect(noted.ok).toBe(true);
    await again.close();
    expect((await readFile(indexFile(dir))).equals(before)).toBe(false);
    const third = await openArchive(dir);
    expect(await third.searchIndexRebuilt()).toBe(false);
    const found = await third.api.search({ query: 'okapi' });
    expect(found.ok && found.value.hits.map((h) => h.field)).toEqual(['note']);
  });

  it('holds the changes made before it was read, without a rebuild', async () => {
    const dir = await libraryWithFixtures();
    const archive = await openArchive(dir);
    const [source] = (await archive.api.listSources({})).ok
      ? ((await archive.api.listSources({})) as { value: { id: string }[] }).value
      : [];
    await archive.api.setSourceNote({ sourceId: source!.id, note: 'quagga stripes' });
    await archive.api.importFiles({
      files: [
        {
          name: 'late.txt',
          dataBase64: Buffer.from('Late arrival\n\nA narwhal surfaced.').toString('base64'),
        },
      ],
    });
    expect(await archive.searchIndexRebuilt()).toBe(false);
    const note = await archive.api.search({ query: 'quagga' });
    const late = await archive.api.search({ query: 'narwhal' });
    await archive.close();
    expect(note.ok && note.value.hits.map((h) => h.field)).toEqual(['note']);
    expect(late.ok && late.value.hits.map((h) => h.text)).toEqual(['A narwhal surfaced.']);
    // And written with them: the next session finds them without a rebuild.
    const again = await openArchive(dir);
    expect(await again.searchIndexRebuilt()).toBe(false);
    const found = await again.api.search({ query: 'narwhal' });
    expect(found.ok && found.value.hits).toHaveLength(1);
  });
});
