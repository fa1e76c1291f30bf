import { foldTerm } from '../../../../shared/search/fold/foldTerm';
import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery } from '../../../../shared/search/query/parseQuery';

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and filters', () => {
    const q = parseQuery(
      'theme:labour source:"In Defence" type:comment date:2022-01..2022-02 -Russia "oil workers" Zhanaozen',
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
    expect(parseQuery('Janao').openEnded).toBe(true);
    expect(parseQuery('Janao ').openEnded).toBe(false);
    expect(parseQuery('strike "oil workers"').openEnded).toBe(false);
    expect(parseQuery('strike -police').openEnded).toBe(false);
  });

  it('searches an unknown field, or a date that is not one, as words', () => {
    expect(parseQuery('note:strike').terms).toEqual(['note', 'strike']);
    expect(parseQuery('date:yesterday').terms).toEqual(parseQuery('date yesterday').terms);
    expect(parseQuery('date:yesterday').filters.date).toEqual([]);
  });

  it('a one-word phrase is a word', () => {
    expect(parseQuery('"Tokayev"').terms).toEqual([foldTerm('Tokaev')]);
  });

  it('is empty with only filters or exclusions', () => {
    expect(isEmptyQuery(parseQuery('type:comment -police'))).toBe(true);
    expect(isEmptyQuery(parseQuery('police'))).toBe(false);
  });
});
