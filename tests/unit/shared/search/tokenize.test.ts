import { describe, expect, it } from 'vitest';
import { keysOf, queryTokensOf, tokenize } from '../../../../shared/search/tokenize';

describe('tokenize', () => {
  it('gives each word its offsets in the original text and its folded key', () => {
    const text = 'Police fired in Zhanaozen.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Police',
      'fired',
      'in',
      'Zhanaozen',
    ]);
    expect(tokens.map((t) => t.key)).toEqual(['police', 'fired', 'in', 'janaozen']);
  });

  it('drops possessive endings and single letters but keeps numbers', () => {
    expect(keysOf("Tokayev's plan, a 5 point one")).toEqual([
      'tokaev',
      'plan',
      '5',
      'point',
      'one',
    ]);
  });

  it('keeps digit groups together', () => {
    expect(keysOf('the layoff of 40,000 workers')).toEqual([
      'the',
      'laiof',
      'of',
      '40000',
      'workers',
    ]);
  });

  it('adds the joined form of a hyphenated run, spanning it', () => {
    const text = 'from Alma-Ata to Nur-Sultan';
    const compounds = tokenize(text).filter((t) => t.compound);
    expect(compounds.map((t) => [text.slice(t.start, t.end), t.key])).toEqual([
      ['Alma-Ata', 'almati'],
      ['Nur-Sultan', 'nursultan'],
    ]);
  });

  it('searches a hyphenated query word whole', () => {
    expect(queryTokensOf('Alma-Ata protests').map((t) => t.key)).toEqual(['almati', 'protests']);
    expect(keysOf('Alma-Ata protests')).toEqual(['alma', 'ata', 'protests']);
  });

  it('reads Cyrillic words', () => {
    expect(keysOf('Протесты в Жанаозене')).toEqual(['protesti', 'janaozene']);
  });

  it('gives a Cyrillic word with a case ending its stem as well', () => {
    const [kazakh, russian, latin] = tokenize('Назарбаевты Жанаозена Tokayev');
    expect(kazakh).toMatchObject({ key: 'nazarbaevti' });
    expect(kazakh!.stems).toContain('nazarbaev');
    // -на (Kazakh) or -а (Russian): both stems are kept, the language being unknown.
    expect(russian!.stems).toEqual(expect.arrayContaining(['janaozen', 'janaoze']));
    // Latin words are searched as they are.
    expect(latin!.stems).toBeUndefined();
  });
});
