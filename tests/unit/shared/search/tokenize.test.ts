import { plainFolder } from '../../../../shared/search/fold/folder';
import { describe, expect, it } from 'vitest';
import { foldTerm } from '../../../../shared/search/fold/foldTerm';
import { keysOf, queryTokensOf, tokenize } from '../../../../shared/search/tokenize';

const keys = (...words: string[]) => words.map(foldTerm);

describe('tokenize', () => {
  it('gives each word its offsets in the original text and its folded key', () => {
    const text = 'Police fired in Zhanaozen.';
    const tokens = tokenize(text, plainFolder);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Police',
      'fired',
      'in',
      'Zhanaozen',
    ]);
    // Common words keep their spelling; a name folds with its variants (Zhanaozen = Janaozen).
    expect(tokens.map((t) => t.key)).toEqual(['police', 'fired', 'in', foldTerm('Janaozen')]);
  });

  it('drops possessive endings and single letters but keeps numbers', () => {
    expect(keysOf("Tokayev's plan, a 5 point one", plainFolder)).toEqual(
      keys('Tokaev', 'plan', '5', 'point', 'one'),
    );
  });

  it('keeps digit groups together', () => {
    expect(keysOf('the layoff of 40,000 workers', plainFolder)).toEqual(
      keys('the', 'layoff', 'of', '40000', 'workers'),
    );
  });

  it('adds the joined form of a hyphenated run, spanning it', () => {
    const text = 'from Alma-Ata to Nur-Sultan';
    const compounds = tokenize(text, plainFolder).filter((t) => t.compound);
    expect(compounds.map((t) => [text.slice(t.start, t.end), t.key])).toEqual([
      ['Alma-Ata', foldTerm('Almaty')],
      ['Nur-Sultan', foldTerm('NurSultan')],
    ]);
  });

  it('searches a hyphenated query word whole', () => {
    expect(queryTokensOf('Alma-Ata protests', plainFolder).map((t) => t.key)).toEqual(
      keys('Almaty', 'protests'),
    );
    expect(keysOf('Alma-Ata protests', plainFolder)).toEqual(['alma', 'ata', 'protests']);
  });

  it('reads Cyrillic words', () => {
    expect(keysOf('Протесты в Жанаозене', plainFolder)).toEqual(keys('Protesty', 'Janaozene'));
  });

  it('gives a Cyrillic word with a case ending its stem as well', () => {
    const [kazakh, russian, latin] = tokenize('Назарбаевты Жанаозена Tokayev', plainFolder);
    expect(kazakh).toMatchObject({ key: foldTerm('Nazarbaevty') });
    expect(kazakh!.stems).toContain(foldTerm('Nazarbaev'));
    // -на (Kazakh) or -а (Russian): both stems are kept, the language being unknown.
    expect(russian!.stems).toEqual(expect.arrayContaining(keys('Janaozen', 'Janaoze')));
    // Latin words are searched as they are.
    expect(latin!.stems).toBeUndefined();
  });
});
