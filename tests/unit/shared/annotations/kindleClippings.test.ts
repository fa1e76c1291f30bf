import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  looksLikeKindleClippings,
  readKindleClippings,
} from '../../../../shared/annotations/kindleClippings';
import { repoRoot } from '../../../helpers/corpus';

const clippings = (name: string) =>
  readFileSync(join(repoRoot, 'tests/fixtures/highlights/kindle', name), 'utf8');

describe("Kindle's clippings", () => {
  it('reads each highlight with its book, author, page and location', () => {
    const read = readKindleClippings(clippings('clippings_sample.txt'));
    const gene = read.annotations.find((a) => a.work.title.startsWith('The Selfish Gene'))!;
    expect(gene.work).toEqual({
      title: 'The Selfish Gene: 30th Anniversary Edition',
      authors: ['Richard Dawkins'],
      type: 'book',
    });
    expect(gene.quote).toMatch(/^Perhaps consciousness arises .* a model of itself\.\(4\)$/);
    expect(gene.page).toBe(92);
    expect(gene.place).toBe('location 1406–1407');
    expect(gene.createdAt).toBe(new Date('26 March 2016 14:59:39').toISOString());
    // "at location", with no page.
    const fahrenheit = read.annotations.find((a) => a.work.title === 'Fahrenheit 451')!;
    expect(fahrenheit.page).toBeUndefined();
    expect(fahrenheit.place).toBe('location 784–785');
  });

  it('gives a side-loaded title its spaces back and invents no author', () => {
    const read = readKindleClippings(clippings('clippings_sample.txt'));
    const potter = read.annotations.filter((a) => a.work.title.startsWith('Harry Potter'));
    expect(potter.map((a) => a.work)).toEqual([
      { title: 'Harry Potter und die Kammer des Schreckens', authors: [], type: 'book' },
      { title: 'Harry Potter und die Kammer des Schreckens', authors: [], type: 'book' },
    ]);
    expect(potter.map((a) => a.page)).toEqual([207, 207]);
  });

  it('joins a note to the highlight it was written on, and keeps a note on no highlight', () => {
    const read = readKindleClippings(clippings('clippings_with_notes.txt'));
    const byQuote = (start: string) => read.annotations.find((a) => a.quote.startsWith(start))!;
    expect(byQuote('would change for the better').note).toBe(
      'This is a note related to the highlight above',
    );
    expect(byQuote('Perhaps consciousness').note).toBe(
      'Great insight about consciousness and self-awareness',
    );
    expect(byQuote('Who knows who').note).toBe('');
    // Written at location 307, where no highlight stands.
    const loose = read.annotations.filter((a) => a.quote === '');
    expect(loose).toEqual([
      expect.objectContaining({
        note: 'Watch the thinker or be present in the moment',
        page: 31,
        place: 'location 307',
      }),
    ]);
  });

  it('keeps a highlight the reader widened once, as the wider one, with its note', () => {
    const read = readKindleClippings(clippings('issue_3_example.txt'));
    expect(read.annotations.map((a) => [a.quote, a.note])).toEqual([
      [
        'Ginny saß ganz niedergeschlagen auf Hermines Stammplatz und sah ihnen zu.',
        'Niedergeschlagen',
      ],
    ]);
    expect(read.skipped).toEqual([
      '2 highlights the writer later widened: kept once, as the wider one.',
    ]);
  });

  it('counts bookmarks and empty highlights as left out, with why', () => {
    const sample = readKindleClippings(clippings('clippings_sample.txt'));
    expect(sample.skipped).toEqual(['1 bookmark: a bookmark marks no words.']);
    const edges = readKindleClippings(clippings('edge_cases_clippings.txt'));
    expect(edges.annotations).toHaveLength(4);
    expect(edges.skipped[0]).toMatch(/^2 empty highlights: Kindle keeps no words/);
    const images = readKindleClippings(clippings('image_highlights_clippings.txt'));
    expect(images.annotations.map((a) => a.quote)).toEqual([
      'I have a lot of proof that the world is conspiring to make me happy.',
      '"I\'d rather lose money havin fun than make money being bored,"',
    ]);
  });

  it('reads a file saved with a byte-order mark and Windows line ends', () => {
    const windows = `\uFEFF${clippings('clippings_sample.txt').replace(/\n/g, '\r\n')}`;
    expect(looksLikeKindleClippings(windows)).toBe(true);
    expect(readKindleClippings(windows).annotations).toEqual(
      readKindleClippings(clippings('clippings_sample.txt')).annotations,
    );
  });

  it('tells clippings from an article that happens to be a .txt', () => {
    for (const name of ['clippings_sample.txt', 'edge_cases_clippings.txt'])
      expect(looksLikeKindleClippings(clippings(name))).toBe(true);
    const article = readFileSync(
      join(repoRoot, 'tests/fixtures/corpus', '000_cbd8e9d5defd9a30.txt'),
      'utf8',
    );
    expect(looksLikeKindleClippings(article)).toBe(false);
    expect(looksLikeKindleClippings('A heading\n==========\nno clipping here')).toBe(false);
  });
});
