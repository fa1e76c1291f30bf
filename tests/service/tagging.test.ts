import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { Result } from '../../shared/api/errors';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { readStoredLibrary, writeStoredLibrary } from '../helpers/storedLibrary';

const ARTICLE = [
  'Strike in the west',
  '',
  'Oil workers in Zhanaozen stopped work on the second of January.',
  '',
  'Russian troops of the CSTO landed in Almaty on the sixth.',
  '',
  'Officials said that 164 people were killed.',
].join('\n');

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function libraryWithArticle(): Promise<{
  dir: string;
  archive: Archive;
  sourceId: string;
  text: string;
}> {
  const dir = await tempDir();
  const archive = await openArchive(dir);
  const report = ok(
    await archive.api.importFiles({
      files: [{ name: 'strike.txt', dataBase64: Buffer.from(ARTICLE).toString('base64') }],
    }),
  );
  const outcome = report.results[0]!;
  if (outcome.status !== 'imported') throw new Error('not imported');
  const detail = ok(await archive.api.getSource({ id: outcome.source.id }));
  const text = detail.passages.map((p) => p.text).join('\n\n');
  return { dir, archive, sourceId: outcome.source.id, text };
}

/** Offsets of a phrase in the stored text of the source. */
async function span(archive: Archive, sourceId: string, phrase: string) {
  const detail = ok(await archive.api.getSource({ id: sourceId }));
  for (const p of detail.passages) {
    const at = p.text.indexOf(phrase);
    if (at !== -1) return { start: p.start + at, end: p.start + at + phrase.length };
  }
  throw new Error(`no ${phrase}`);
}

describe('tagging passages by theme', () => {
  it('keeps overlapping highlights of two themes, each with its quote, across a restart', async () => {
    const { dir, archive, sourceId } = await libraryWithArticle();
    const a = await span(archive, sourceId, 'Oil workers in Zhanaozen');
    const b = await span(archive, sourceId, 'Zhanaozen stopped work');
    ok(await archive.api.createHighlight({ sourceId, ...a, themeIds: ['labour'] }));
    ok(
      await archive.api.createHighlight({
        sourceId,
        ...b,
        themeIds: ['clans'],
        note: 'check the clan angle',
      }),
    );
    await archive.close();

    const reopened = await openArchive(dir);
    const highlights = ok(await reopened.api.listHighlights({ sourceId }));
    expect(highlights.map((h) => [h.quote, h.themeIds, h.start, h.orphaned])).toEqual([
      ['Oil workers in Zhanaozen', ['labour'], a.start, false],
      ['Zhanaozen stopped work', ['clans'], b.start, false],
    ]);
    expect(highlights[1]!.note).toBe('check the clan angle');
    await reopened.close();
  });

  it('lets one highlight span two passages', async () => {
    const { archive, sourceId } = await libraryWithArticle();
    const start = (await span(archive, sourceId, 'stopped work')).start;
    const end = (await span(archive, sourceId, 'Russian troops')).end;
    const h = ok(
      await archive.api.createHighlight({
        sourceId,
        start,
        end,
        themeIds: ['foreign-involvement'],
      }),
    );
    expect(h.quote).toBe('stopped work on the second of January.\n\nRussian troops');
    const matrix = ok(await archive.api.themeMatrix({}));
    const col = matrix.themes.findIndex((t) => t.id === 'foreign-involvement');
    expect(matrix.counts[0]![col]).toBe(1);
    await archive.close();
  });

  it('undoes and redoes tagging and codebook edits in order, and a new edit clears redo', async () => {
    const { archive, sourceId } = await libraryWithArticle();
    const s = await span(archive, sourceId, '164 people were killed');
    const h = ok(await archive.api.createHighlight({ sourceId, ...s, themeIds: ['casualties'] }));
    ok(
      await archive.api.updateHighlight({
        id: h.id,
        themeIds: ['casualties', 'labour'],
        note: 'official figure',
      }),
    );
    ok(await archive.api.createTheme({ name: 'deaths', parentId: 'casualties' }));
    ok(await archive.api.mergeThemes({ fromId: 'labour', intoId: 'clans' }));

    const themesNow = () => archive.api.listThemes({}).then((r) => ok(r).map((t) => t.id));
    const highlightNow = () => archive.api.listHighlights({ sourceId }).then((r) => ok(r));

    expect(ok(await archive.api.historyState({}))).toMatchObject({
      canUndo: true,
      undoLabel: 'Merge labour into clans',
    });
    expect(ok(await archive.api.undo({})).done).toBe('Merge labour into clans');
    expect(await themesNow()).toContain('labour');
    expect((await highlightNow())[0]!.themeIds).toEqual(['casualties', 'labour']);
    expect(ok(await archive.api.undo({})).done).toBe('Add theme deaths');
    expect(await themesNow()).not.toContain('deaths');
    expect(ok(await archive.api.undo({})).done).toBe('Change highlight themes');
    expect((await highlightNow())[0]).toMatchObject({ themeIds: ['casualties'], note: '' });
    expect(ok(await archive.api.undo({})).done).toBe('Tag as casualties');
    expect(await highlightNow()).toEqual([]);
    // What is left is the import itself, a step of its own.
    expect(ok(await archive.api.historyState({}))).toMatchObject({
      canUndo: true,
      undoLabel: expect.stringMatching(/^Import “/),
      canRedo: true,
    });

    expect(ok(await archive.api.redo({})).done).toBe('Tag as casualties');
    expect((await highlightNow()).map((x) => x.id)).toEqual([h.id]);
    expect(ok(await archive.api.redo({})).done).toBe('Change highlight themes');
    // A new edit now: what is left to redo is dropped.
    ok(await archive.api.deleteHighlight({ id: h.id }));
    expect(ok(await archive.api.historyState({}))).toMatchObject({
      canRedo: false,
      undoLabel: 'Delete highlight',
    });
    ok(await archive.api.undo({}));
    expect((await highlightNow())[0]!.note).toBe('official figure');
    await archive.close();
  });

  it('deleting a theme that holds highlights removes them, and undo brings both back', async () => {
    const { archive, sourceId } = await libraryWithArticle();
    const s = await span(archive, sourceId, 'Oil workers');
    ok(await archive.api.createHighlight({ sourceId, ...s, themeIds: ['labour'] }));
    const before = ok(await archive.api.listThemes({})).find((t) => t.id === 'labour')!;
    expect(before.highlightCount).toBe(1);
    ok(await archive.api.deleteTheme({ id: 'labour' }));
    expect(ok(await archive.api.listHighlights({ sourceId }))).toEqual([]);
    ok(await archive.api.undo({}));
    expect(ok(await archive.api.listHighlights({ sourceId })).map((h) => h.themeIds)).toEqual([
      ['labour'],
    ]);
    expect(
      ok(await archive.api.listThemes({})).find((t) => t.id === 'labour')!.highlightCount,
    ).toBe(1);
    await archive.close();
  });

  it('shows a highlight as moved or orphaned when the stored text changes, never dropping it', async () => {
    const { dir, archive, sourceId } = await libraryWithArticle();
    const kept = await span(archive, sourceId, 'Russian troops');
    const lost = await span(archive, sourceId, '164 people');
    ok(await archive.api.createHighlight({ sourceId, ...kept, themeIds: ['foreign-involvement'] }));
    ok(await archive.api.createHighlight({ sourceId, ...lost, themeIds: ['casualties'] }));
    await archive.close();
    // A better parser rewrote the text: an added line moves one quote, an edit removes the other.
    const doc = readStoredLibrary(dir);
    const file = join(dir, 'texts', `${doc.sources[0]!.textHash}.txt`);
    const text = await readFile(file, 'utf8');
    // Stored as Dossier stores a text: under its own sha-256, which the source then names.
    const rewritten = `Preface.\n\n${text.replace('164 people', 'many people')}`;
    const hash = createHash('sha256').update(rewritten).digest('hex');
    await writeFile(join(dir, 'texts', `${hash}.txt`), rewritten);
    doc.sources[0]!.textHash = hash;
    writeStoredLibrary(dir, doc);

    const reopened = await openArchive(dir);
    const [moved, orphan] = ok(await reopened.api.listHighlights({ sourceId }));
    expect(moved).toMatchObject({
      quote: 'Russian troops',
      start: kept.start + 10,
      orphaned: false,
    });
    expect(orphan).toMatchObject({ quote: '164 people', start: null, orphaned: true });
    await reopened.close();
  });

  it('accepting a suggestion tags the sentence that holds the cue, not the whole paragraph', async () => {
    const archive = await openArchive(await tempDir());
    const paragraph =
      'The harbour was quiet before dawn. By noon the dockers had gone on strike over pay. Ships waited offshore for a week.';
    const report = ok(
      await archive.api.importFiles({
        files: [
          {
            name: 'harbour.txt',
            dataBase64: Buffer.from(`Harbour notes\n\n${paragraph}`).toString('base64'),
          },
        ],
      }),
    );
    const sourceId = report.results[0]!.status === 'imported' ? report.results[0]!.source.id : '';
    ok(await archive.api.updateTheme({ id: 'labour', cues: ['strike'] }));
    const [suggestion] = ok(await archive.api.listSuggestions({ sourceId })).filter(
      (s) => s.themeId === 'labour',
    );
    const accepted = ok(
      await archive.api.acceptSuggestion({
        sourceId,
        passageId: suggestion!.passageId,
        themeId: 'labour',
      }),
    );
    expect(accepted.quote).toBe('By noon the dockers had gone on strike over pay.');
  });

  it('suggests themes from cue words in any spelling, and the writer accepts or dismisses', async () => {
    const { archive, sourceId } = await libraryWithArticle();
    ok(await archive.api.updateTheme({ id: 'clans', cues: ['Жанаозен'] }));
    const suggestions = ok(await archive.api.listSuggestions({ sourceId }));
    const by = (themeId: string) => suggestions.filter((s) => s.themeId === themeId);
    // The general codebook's cues, in their regular forms (worker → workers, kill → killed).
    expect(by('labour').map((s) => s.cue)).toEqual(['worker']);
    expect(by('clans').map((s) => s.cue)).toEqual(['Жанаозен']);
    expect(by('foreign-involvement').map((s) => s.cue)).toEqual(['troops']);
    expect(by('casualties').map((s) => s.cue)).toEqual(['kill']);
    // Nothing is tagged until the writer says so.
    expect(ok(await archive.api.listHighlights({ sourceId }))).toEqual([]);

    const labour = by('labour')[0]!;
    const accepted = ok(
      await archive.api.acceptSuggestion({
        sourceId,
        passageId: labour.passageId,
        themeId: 'labour',
      }),
    );
    expect(accepted.quote).toBe('Oil workers in Zhanaozen stopped work on the second of January.');
    const clans = by('clans')[0]!;
    ok(
      await archive.api.dismissSuggestion({
        sourceId,
        passageId: clans.passageId,
        themeId: 'clans',
      }),
    );
    const after = ok(await archive.api.listSuggestions({ sourceId }));
    expect(after.map((s) => s.themeId).sort()).toEqual(['casualties', 'foreign-involvement']);
    ok(await archive.api.undo({}));
    expect(ok(await archive.api.listSuggestions({ sourceId })).map((s) => s.themeId)).toContain(
      'clans',
    );
    await archive.close();
  });

  it('lists passages by theme grouped by source, and filters the library by theme', async () => {
    const { archive, sourceId } = await libraryWithArticle();
    ok(
      await archive.api.importFiles({
        files: [
          {
            name: 'other.txt',
            dataBase64: Buffer.from('Other\n\nNothing here.').toString('base64'),
          },
        ],
      }),
    );
    ok(await archive.api.createTheme({ name: 'deaths', parentId: 'casualties' }));
    const s = await span(archive, sourceId, '164 people were killed');
    ok(await archive.api.createHighlight({ sourceId, ...s, themeIds: ['deaths'] }));
    const groups = ok(await archive.api.themePassages({ themeId: 'casualties' }));
    expect(groups).toEqual([
      expect.objectContaining({
        sourceId,
        sourceTitle: 'Strike in the west',
        highlights: [expect.objectContaining({ quote: '164 people were killed' })],
      }),
    ]);
    expect(ok(await archive.api.listSources({ theme: 'casualties' })).map((x) => x.id)).toEqual([
      sourceId,
    ]);
    expect(ok(await archive.api.listSources({})).length).toBe(2);
    expect(await archive.api.listSources({ theme: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await archive.close();
  });

  it('keeps a note on a source, undoably', async () => {
    const { archive, sourceId } = await libraryWithArticle();
    ok(await archive.api.setSourceNote({ sourceId, note: 'Check the 164 figure against 003.' }));
    expect(ok(await archive.api.getSource({ id: sourceId })).note).toBe(
      'Check the 164 figure against 003.',
    );
    ok(await archive.api.undo({}));
    expect(ok(await archive.api.getSource({ id: sourceId })).note).toBe('');
    await archive.close();
  });

  it('refuses bad tagging input with typed errors', async () => {
    const { archive, sourceId } = await libraryWithArticle();
    expect(
      await archive.api.createHighlight({ sourceId, start: 5, end: 2, themeIds: ['labour'] }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await archive.api.createHighlight({ sourceId, start: 0, end: 5, themeIds: [] }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await archive.api.createHighlight({
        sourceId: 'nope',
        start: 0,
        end: 5,
        themeIds: ['labour'],
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await archive.api.updateTheme({ id: 'labour', color: 'orange' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await archive.api.mergeThemes({ fromId: 'labour', intoId: 'labour' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    await archive.close();
  });

  it('filters search by theme, named by id or by name', async () => {
    const { archive, sourceId } = await libraryWithArticle();
    const s = await span(archive, sourceId, 'Russian troops');
    ok(await archive.api.createHighlight({ sourceId, ...s, themeIds: ['foreign-involvement'] }));
    const texts = async (query: string, theme?: string[]) =>
      ok(await archive.api.search({ query, filters: theme ? { theme } : undefined })).hits.map(
        (h) => h.text,
      );
    expect(await texts('Almaty')).toHaveLength(1);
    expect(await texts('Almaty theme:casualties')).toEqual([]);
    expect(await texts('Almaty theme:foreign-involvement')).toEqual([
      expect.stringContaining('CSTO landed'),
    ]);
    expect(await texts('Almaty', ['Foreign Involvement'])).toHaveLength(1);
    expect(await archive.api.search({ query: 'Almaty theme:nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await archive.close();
  });

  it('finds the writer’s notes, kept current through edits and undo, and after a reopen', async () => {
    const { dir, archive, sourceId } = await libraryWithArticle();
    const s = await span(archive, sourceId, '164 people were killed');
    const h = ok(
      await archive.api.createHighlight({
        sourceId,
        ...s,
        themeIds: ['casualties'],
        note: 'compare with Lalkar figure',
      }),
    );
    ok(await archive.api.setSourceNote({ sourceId, note: 'Signed by Stefan, undated' }));
    const found = async (query: string) =>
      ok(await archive.api.search({ query }))
        .hits.filter((x) => x.field === 'note')
        .map((x) => [x.text, x.passageId]);
    expect(await found('Lalkar')).toEqual([['compare with Lalkar figure', `${sourceId}-p3`]]);
    expect(await found('Stefan')).toEqual([['Signed by Stefan, undated', null]]);

    ok(await archive.api.updateHighlight({ id: h.id, note: 'check the official count' }));
    expect(await found('Lalkar')).toEqual([]);
    expect(await found('official count')).toHaveLength(1);
    ok(await archive.api.undo({}));
    expect(await found('Lalkar')).toHaveLength(1);
    await archive.close();

    const reopened = await openArchive(dir);
    expect(await reopened.searchIndexRebuilt()).toBe(false);
    const again = ok(await reopened.api.search({ query: 'Lalkar' })).hits.map((x) => x.field);
    expect(again).toEqual(['note']);
    await reopened.close();
  });

  it('rebuilds the search index when a note changed behind its back', async () => {
    const { dir, archive, sourceId } = await libraryWithArticle();
    const s = await span(archive, sourceId, 'Russian troops');
    ok(
      await archive.api.createHighlight({
        sourceId,
        ...s,
        themeIds: ['foreign-involvement'],
        note: 'first thought',
      }),
    );
    await archive.close();
    // Another copy of the library (a sync) changed the note; this index never saw it.
    const doc = readStoredLibrary(dir);
    doc.highlights[0]!.note = 'second thought';
    writeStoredLibrary(dir, doc);
    const reopened = await openArchive(dir);
    expect(await reopened.searchIndexRebuilt()).toBe(true);
    const hits = ok(await reopened.api.search({ query: 'second thought' })).hits;
    expect(hits.map((h) => h.field)).toEqual(['note']);
    await reopened.close();
  });
});
