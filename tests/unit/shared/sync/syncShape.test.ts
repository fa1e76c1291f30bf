import { describe, expect, it } from 'vitest';
import { emptyLibrary } from '../../../../shared/model/libraryDocument';
import { freshShape, libraryOfSyncDoc, packSource } from '../../../../shared/sync/syncShape';

const source = (id: string, extra: Record<string, unknown> = {}) =>
  packSource({
    id,
    title: `Source ${id}`,
    type: 'article',
    file: `${id}.txt`,
    textHash: 'a'.repeat(64),
    original: `${'b'.repeat(64)}.txt`,
    importedAt: `2024-01-0${id.length}T00:00:00.000Z`,
    metadata: { type: 'article', title: `Source ${id}` },
    passages: [{ id: 'p1', start: 0, end: 4 }],
    ...extra,
  });

describe('a shared document read as a library', () => {
  it('checks each record another replica wrote as a library read from disk is checked', () => {
    const doc = freshShape('2024-01-01T00:00:00.000Z');
    doc.sources.s = source('s', {
      // A name written as text: a repair whose meaning is certain (CSL: a literal name).
      metadata: { type: 'article', title: 'Source s', author: 'Reuters staff' },
    });
    doc.sources.bad = source('bad', { passages: [{ id: 'p1', start: 9, end: 2 }] });
    doc.highlights.h = {
      id: 'h',
      sourceId: 's',
      themeIds: 'labour',
      note: '',
      anchor: { start: 0, end: 4, exact: 'Tram', prefix: '', suffix: '' },
      createdAt: 'x',
    };
    const { library, setAside } = libraryOfSyncDoc(doc, emptyLibrary(new Date(0)));

    expect(library.sources.map((s) => s.id)).toEqual(['s']);
    expect(library.sources[0]!.metadata.author).toEqual([{ literal: 'Reuters staff' }]);
    expect(library.sources[0]!.passages).toEqual([{ id: 'p1', start: 0, end: 4 }]);
    expect(library.highlights).toEqual([]);
    expect(setAside).toHaveLength(2);
    expect(setAside.find((s) => s.startsWith('sources bad'))).toMatch(/ends before it starts/);
    expect(setAside.find((s) => s.startsWith('highlights h'))).toMatch(/themeIds/);
  });

  it('reads the same document once, and again for another library beside it', () => {
    const doc = freshShape('2024-01-01T00:00:00.000Z');
    doc.sources.s = source('s');
    const local = emptyLibrary(new Date(0));
    const first = libraryOfSyncDoc(doc, local);
    expect(libraryOfSyncDoc(doc, local)).toBe(first);
    const other = { ...local, schemaVersion: local.schemaVersion };
    expect(libraryOfSyncDoc(doc, other)).not.toBe(first);
    expect(libraryOfSyncDoc(doc, other).library.sources).toEqual(first.library.sources);
  });
});
