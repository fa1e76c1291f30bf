import { describe, expect, it } from 'vitest';
import { emptyLibrary, type LibraryDocument } from '../../../../shared/model/libraryDocument';
import {
  addTheme,
  deleteTheme,
  highlightCounts,
  mergeThemes,
  themeIdFor,
  updateTheme,
} from '../../../../shared/themes/codebookEdits';
import { addHighlight } from '../../../../shared/themes/highlightEdits';
import { themeMatrix, highlightsUnder } from '../../../../shared/themes/themeViews';

const TEXT = 'Oil workers struck in Zhanaozen. Troops arrived. Sixteen people were killed.';

function library(): LibraryDocument {
  const doc = emptyLibrary(new Date(0));
  doc.sources.push({
    id: 's1',
    title: 'Strike',
    type: 'article',
    file: 'a.txt',
    textHash: 'x',
    original: 'x.txt',
    importedAt: '',
    metadata: {},
    passages: [{ id: 's1-p1', start: 0, end: TEXT.length }],
  });
  return doc;
}

const tag = (doc: LibraryDocument, id: string, start: number, end: number, themeIds: string[]) =>
  addHighlight(doc, TEXT, { id, sourceId: 's1', start, end, themeIds, note: '', createdAt: '' });

describe('codebook edits', () => {
  it('starts with the four themes of the work, each with a colour, description and cues', () => {
    const { themes } = library();
    expect(themes.map((t) => t.id)).toEqual([
      'labour',
      'clans',
      'foreign-involvement',
      'casualties',
    ]);
    for (const t of themes) {
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.cues.length).toBeGreaterThan(3);
    }
  });

  it('adds a theme with an id that can be typed in a query, and refuses a duplicate name', () => {
    const doc = addTheme(library(), { name: 'Rôle of the Army' });
    expect(doc.themes.at(-1)).toMatchObject({
      id: 'role-of-the-army',
      name: 'Rôle of the Army',
      parentId: null,
    });
    expect(() => addTheme(doc, { name: 'role of the army' })).toThrow(/already a theme named/);
    expect(themeIdFor('labour', doc.themes)).toBe('labour-2');
  });

  it('nests a theme, and refuses to nest one inside itself or its own sub-theme', () => {
    let doc = addTheme(library(), { name: 'strikes', parentId: 'labour' });
    expect(doc.themes.find((t) => t.id === 'strikes')!.parentId).toBe('labour');
    expect(() => updateTheme(doc, 'labour', { parentId: 'strikes' })).toThrow(/inside itself/);
    expect(() => updateTheme(doc, 'labour', { parentId: 'labour' })).toThrow(/inside itself/);
    doc = updateTheme(doc, 'labour', { name: 'work', color: '#123456' });
    expect(doc.themes.find((t) => t.id === 'labour')).toMatchObject({
      name: 'work',
      color: '#123456',
    });
  });

  it('merges a theme into another, moving its highlights and sub-themes', () => {
    let doc = addTheme(library(), { name: 'army', parentId: 'casualties' });
    doc = tag(doc, 'h1', 33, 48, ['foreign-involvement']);
    doc = tag(doc, 'h2', 33, 48, ['foreign-involvement', 'casualties']);
    doc = mergeThemes(doc, 'foreign-involvement', 'casualties');
    expect(doc.themes.map((t) => t.id)).not.toContain('foreign-involvement');
    expect(doc.highlights.map((h) => h.themeIds)).toEqual([['casualties'], ['casualties']]);
    expect(highlightCounts(doc).get('casualties')).toBe(2);
    expect(() => mergeThemes(doc, 'casualties', 'army')).toThrow(/inside itself/);
  });

  it('deletes a theme from its highlights, removing those left with no theme', () => {
    let doc = addTheme(library(), { name: 'strikes', parentId: 'labour' });
    doc = tag(doc, 'only', 0, 11, ['labour']);
    doc = tag(doc, 'shared', 0, 31, ['labour', 'casualties']);
    doc = deleteTheme(doc, 'labour');
    expect(doc.highlights.map((h) => [h.id, h.themeIds])).toEqual([['shared', ['casualties']]]);
    expect(doc.themes.find((t) => t.id === 'strikes')!.parentId).toBeNull();
  });

  it('counts sub-themes in their parent in views and the matrix', () => {
    let doc = addTheme(library(), { name: 'strikes', parentId: 'labour' });
    doc = tag(doc, 'h1', 0, 11, ['strikes']);
    doc = tag(doc, 'h2', 49, 75, ['casualties']);
    expect(highlightsUnder(doc, 'labour').map((h) => h.id)).toEqual(['h1']);
    const matrix = themeMatrix(doc);
    const col = (id: string) => matrix.themeIds.indexOf(id);
    expect(matrix.counts[0]![col('labour')]).toBe(1);
    expect(matrix.counts[0]![col('strikes')]).toBe(1);
    expect(matrix.counts[0]![col('casualties')]).toBe(1);
    expect(matrix.counts[0]![col('clans')]).toBe(0);
  });

  it('quotes a selection without the white space at its ends, however it was made', () => {
    // "Ctrl+Shift+→" from the end of "struck" selects " in Zhanaozen" with its leading space.
    const start = TEXT.indexOf(' in Zhanaozen');
    const doc = tag(library(), 'h', start, start + ' in Zhanaozen. '.length, ['labour']);
    const { anchor } = doc.highlights.find((h) => h.id === 'h')!;
    expect(anchor.exact).toBe('in Zhanaozen.');
    expect(TEXT.slice(anchor.start, anchor.end)).toBe('in Zhanaozen.');
  });

  it('refuses a highlight outside the text, on blank space, or without a known theme', () => {
    expect(() => tag(library(), 'h', 10, 500, ['labour'])).toThrow(/not inside/);
    expect(() =>
      addHighlight(library(), 'a   b', {
        id: 'h',
        sourceId: 's1',
        start: 1,
        end: 4,
        themeIds: ['labour'],
        note: '',
        createdAt: '',
      }),
    ).toThrow(/Select some words/);
    expect(() => tag(library(), 'h', 0, 5, ['nope'])).toThrow(/No theme with id nope/);
  });
});
