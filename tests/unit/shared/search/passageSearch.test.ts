import { describe, expect, it } from 'vitest';
import { PassageSearch } from '../../../../shared/search/passageSearch';

function library() {
  const search = new PassageSearch();
  search.add([
    {
      sourceId: 'a',
      passageId: 'a-p1',
      text: 'The strike began in Zhanaozen on the second day of the year.',
    },
    {
      sourceId: 'a',
      passageId: 'a-p2',
      text: 'Police fired on striking oil workers in the square.',
    },
    {
      sourceId: 'b',
      passageId: 'b-p1',
      text: 'The unrest in Janaozen was seized on by rival factions.',
    },
    { sourceId: 'b', passageId: 'b-p2', text: 'Analysts writing from Almaty disagree.' },
  ]);
  return search;
}

const marked = (hit: { text: string; marks: readonly (readonly [number, number])[] }) =>
  hit.marks.map(([s, e]) => hit.text.slice(s, e));

describe('PassageSearch', () => {
  it('finds a name in both of its spellings, the exact one first', () => {
    const hits = library().search('Janaozen', 10);
    expect(hits.map((h) => h.passageId)).toEqual(['b-p1', 'a-p1']);
    expect(hits[0]!.score).toBeLessThan(hits[1]!.score);
  });

  it('marks the matched word, whole, even when it is spelled differently', () => {
    const [, variant] = library().search('Janaozen', 10);
    expect(marked(variant!)).toEqual(['Zhanaozen']);
  });

  it('forgives a typo', () => {
    expect(
      library()
        .search('Almtay', 10)
        .map((h) => h.passageId),
    ).toContain('b-p2');
  });

  it('ignores case and leaves unrelated passages out', () => {
    const ids = library()
      .search('ALMATY', 10)
      .map((h) => h.passageId);
    expect(ids).toEqual(['b-p2']);
  });

  it('answers nothing for a query shorter than two characters', () => {
    expect(library().search('a', 10)).toEqual([]);
  });

  it('forgets a removed source', () => {
    const search = library();
    search.removeSource('b');
    expect(search.search('Janaozen', 10).map((h) => h.sourceId)).toEqual(['a']);
  });
});
