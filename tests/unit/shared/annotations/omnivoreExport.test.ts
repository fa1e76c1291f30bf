import { describe, expect, it } from 'vitest';
import {
  isOmnivoreList,
  readOmnivoreExport,
  readOmnivoreHighlights,
} from '../../../../shared/annotations/omnivoreExport';

// Written by Omnivore's own rules (packages/api/src/jobs/export.ts): "> " + quote (an empty line
// inside it written as "> ") + " ", then "\n\n#label #label", then "\n\n" + note; highlights
// joined by "\n\n"; a note on the whole item is its text and "\n\n".
describe("Omnivore's Markdown of highlights", () => {
  it('reads quotes, labels and notes, a paragraph break inside a quote kept', () => {
    const md = [
      '> First paragraph.\n> \nSecond paragraph. \n\n#war #clans\n\nWhy it matters.',
      '> Bare quote. ',
      '> Noted quote. \n\nLine one of a note.\n\nLine two of a note.',
    ].join('\n\n');
    expect(readOmnivoreHighlights(md)).toEqual([
      {
        quote: 'First paragraph.\n\nSecond paragraph.',
        tags: ['war', 'clans'],
        note: 'Why it matters.',
      },
      { quote: 'Bare quote.', tags: [], note: '' },
      { quote: 'Noted quote.', tags: [], note: 'Line one of a note.\n\nLine two of a note.' },
    ]);
  });

  it('keeps a note before any quote as a note on the whole item, and a "#" inside a note as text', () => {
    expect(
      readOmnivoreHighlights(
        'A note on the article.\n\n\n\n> Quote. \n\n#1 in the list, says the note',
      ),
    ).toEqual([
      { quote: '', tags: [], note: 'A note on the article.' },
      { quote: 'Quote.', tags: [], note: '#1 in the list, says the note' },
    ]);
  });
});

describe("Omnivore's export", () => {
  const item = (slug: string, extra: object = {}) => ({
    slug,
    title: slug,
    savedAt: '2024-01-01',
    ...extra,
  });

  it('tells a list of saved items from CSL-JSON', () => {
    expect(isOmnivoreList([item('a')])).toBe(true);
    expect(isOmnivoreList([{ id: 'x', type: 'article', title: 'A CSL item' }])).toBe(false);
    expect(isOmnivoreList([])).toBe(false);
  });

  it('sets aside a broken list by name and reads the others', () => {
    const read = readOmnivoreExport({
      lists: [
        { name: 'metadata_0_to_20.json', text: '[{"slug": ' },
        {
          name: 'metadata_20_to_40.json',
          text: JSON.stringify([item('b', { author: 'A. Writer', url: 'https://b.example/' })]),
        },
      ],
      highlights: new Map([['b', '> A quote. ']]),
    });
    if ('error' in read) throw new Error(read.error);
    expect(read.skipped).toHaveLength(1);
    expect(read.skipped[0]).toMatch(/^metadata_0_to_20\.json could not be read: /u);
    expect(read.annotations).toEqual([
      {
        work: { title: 'b', authors: ['A. Writer'], url: 'https://b.example/', type: 'webpage' },
        quote: 'A quote.',
        note: '',
        tags: [],
      },
    ]);
  });

  it('refuses an export with neither lists nor highlights', () => {
    expect(readOmnivoreExport({ lists: [], highlights: new Map() })).toHaveProperty('error');
  });
});
