import { plainFolder } from '../../../../shared/search/fold/folder';
import { foldTerm } from '../../../../shared/search/fold/foldTerm';
import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery } from '../../../../shared/search/query/parseQuery';

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and filters', () => {
    const q = parseQuery(
      'theme:labour source:"In Defence" type:comment date:2022-01..2022-02 -Russia "oil workers" Zhanaozen',
      plainFolder,
    );
    expect(q.terms).toEqual(['janaozen']);
    expect(q.phrases).toEqual([['oil', 'workers']]);
    expect(q.excluded).toEqual(['rusia']); // folded: double letters merge
    expect(q.filters).toEqual({
      theme: ['labour'],
      source: ['In Defence'],
      type: ['comment'],
      date: ['2022-01..2022-02'],
    });
  });

  it('treats the last bare word as still being typed, unless a space follows', () => {
    expect(parseQuery('Janao', plainFolder).openEnded).toBe(true);
    expect(parseQuery('Janao ', plainFolder).openEnded).toBe(false);
    expect(parseQuery('strike "oil workers"', plainFolder).openEnded).toBe(false);
    expect(parseQuery('strike -police', plainFolder).openEnded).toBe(false);
  });

  it('searches an unknown field, or a date that is not one, as words', () => {
    expect(parseQuery('note:strike', plainFolder).terms).toEqual(['note', 'strike']);
    expect(parseQuery('date:yesterday', plainFolder).terms).toEqual(
      parseQuery('date yesterday', plainFolder).terms,
    );
    expect(parseQuery('date:yesterday', plainFolder).filters.date).toEqual([]);
  });

  it('a one-word phrase is a word', () => {
    expect(parseQuery('"Tokayev"', plainFolder).terms).toEqual([foldTerm('Tokaev')]);
  });

  it('is empty with only filters or exclusions', () => {
    expect(isEmptyQuery(parseQuery('type:comment -police', plainFolder))).toBe(true);
    expect(isEmptyQuery(parseQuery('police', plainFolder))).toBe(false);
  });
});
