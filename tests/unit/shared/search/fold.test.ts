import { describe, expect, it } from 'vitest';
import { createFolder, plainFolder } from '../../../../shared/search/fold/folder';
import { transliterate } from '../../../../shared/search/fold/cyrillic';
import { foldTerm } from '../../../../shared/search/fold/foldTerm';
import { nameRules, spellingRules } from '../../../../shared/search/fold/foldingRules';
import { greekToLatin } from '../../../../shared/search/fold/greek';
import { queryTokensOf } from '../../../../shared/search/tokenize';
import families from '../../../fixtures/folding/nameFamilies.json';
import { commonWordMerges } from '../../../fixtures/folding/commonWordMerges';

/** A name as search keys it: hyphenated names are searched whole (Alma-Ata). */
const keyOf = (name: string) =>
  queryTokensOf(name, plainFolder)
    .map((t) => t.key)
    .join(' ');

describe('folding rules', () => {
  for (const rule of [...spellingRules, ...nameRules]) {
    it(`merges ${rule.merges}`, () => {
      for (const [a, b] of rule.examples) expect(foldTerm(a), `${a} / ${b}`).toBe(foldTerm(b));
    });
  }

  it('finds every listed name family from each of its spellings', () => {
    for (const family of families.families) {
      const keys = new Set(family.map(keyOf));
      expect([...keys], family.join(' / ')).toHaveLength(1);
    }
  });

  it('keeps the families apart from one another', () => {
    const keys = families.families.map((family) => keyOf(family[0]!));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves different names and words apart', () => {
    expect(foldTerm('Almaty')).not.toBe(foldTerm('Aktau'));
    expect(foldTerm('Tokayev')).not.toBe(foldTerm('Nazarbayev'));
    expect(foldTerm('strike')).not.toBe(foldTerm('strikes'));
    expect(foldTerm('Cameron')).not.toBe(foldTerm('Cameroon'));
  });

  it('does not merge common words that only look like romanisation variants', () => {
    expect(foldTerm('eyes')).not.toBe(foldTerm('yes'));
    expect(foldTerm('four')).not.toBe(foldTerm('for'));
    expect(foldTerm('holy')).not.toBe(foldTerm('holly'));
    expect(foldTerm('BBC')).not.toBe(foldTerm('BC'));
  });

  it('merges no two of the 10,000 most common English words but known spelling variants', () => {
    const { words, falseMerges } = commonWordMerges();
    expect(words.length).toBeGreaterThanOrEqual(9_900);
    expect(falseMerges).toEqual([]);
  });

  it('folds case and diacritics', () => {
    expect(foldTerm('ÉLITE')).toBe(foldTerm('elite'));
    expect(foldTerm('Zhańaózen')).toBe(foldTerm('Zhanaozen'));
  });

  it('treats digit groups as one number', () => {
    expect(foldTerm('40,000')).toBe('40000');
    expect(foldTerm('40000')).toBe('40000');
  });
});

describe('transliteration', () => {
  it('writes Russian and Kazakh letters in Latin', () => {
    expect(transliterate('жанаозен')).toBe('zhanaozen');
    expect(transliterate('әғқңөұүһі')).toBe('aghqngouuhi');
    expect(transliterate('щука и ёж')).toBe('shchuka i yozh');
  });

  it('reads a Ukrainian word with Ukrainian letter values', () => {
    expect(transliterate('харків')).toBe('kharkiv');
    expect(transliterate('київ')).toBe('kyyiv');
  });

  it('writes Greek in Latin, digraphs included', () => {
    expect(greekToLatin('τσιπρας')).toBe('tsipras');
    expect(greekToLatin('μπακογιαννη')).toBe('bakogianni');
    expect(greekToLatin('θεσσαλονικη')).toBe('thessaloniki');
  });

  it('leaves Latin text alone', () => {
    expect(transliterate('zhanaozen')).toBe('zhanaozen');
  });
});

describe('places renamed by their own governments', () => {
  it('searches the old name as the new, accents and Russian case forms included', () => {
    expect(foldTerm('Bombay')).toBe(foldTerm('Mumbai'));
    expect(foldTerm('Rangoon')).toBe(foldTerm('Yangon'));
    expect(foldTerm('Leopoldville')).toBe(foldTerm('Kinshasa'));
    expect(foldTerm('Киеве')).toBe(foldTerm('Kyiv'));
    expect(foldTerm('Kharkov')).toBe(foldTerm('Kharkiv'));
    expect(foldTerm('Mumbai')).not.toBe(foldTerm('Chennai'));
  });
});

describe('the writer’s own names', () => {
  it('folds a name the writer names to the key of the name they give, in every spelling', () => {
    // Salisbury is Harare's colonial name, and a town in England: only the writer can say.
    expect(foldTerm('Salisbury')).not.toBe(foldTerm('Harare'));
    const folder = createFolder([{ from: 'Salisbury', to: 'Harare' }]);
    expect(folder.term('Salisbury')).toBe(folder.term('Harare'));
    expect(folder.term('SALISBURY')).toBe(foldTerm('harare'));
  });

  it('holds for a common word the writer chose, which Dossier’s own name rules leave alone', () => {
    // "turkey" is a common English word: no built-in rule would touch it.
    const folder = createFolder([{ from: 'Turkey', to: 'Türkiye' }]);
    expect(folder.term('Turkey')).toBe(folder.term('Türkiye'));
    expect(plainFolder.term('Turkey')).not.toBe(plainFolder.term('Türkiye'));
  });

  it('leads a variant to where Dossier’s own alias leads its name', () => {
    // Dossier's own: Alma-Ata is searched as Almaty.
    const folder = createFolder([{ from: 'Vernyi', to: 'Alma-Ata' }]);
    expect(folder.term('Vernyi')).toBe(folder.term('Almaty'));
  });

  it('belong to their library: two folders in one process fold by their own aliases', () => {
    // Once one library in the process set its aliases, every other library folded by them.
    const zimbabwe = createFolder([{ from: 'Salisbury', to: 'Harare' }]);
    const england = createFolder([]);
    expect(zimbabwe.term('Salisbury')).toBe(foldTerm('Harare'));
    expect(england.term('Salisbury')).toBe(foldTerm('Salisbury'));
    expect(foldTerm('Salisbury')).not.toBe(foldTerm('Harare'));
    // The Cyrillic stems follow the library's aliases too.
    const kazakh = createFolder([{ from: 'Назарбаев', to: 'Elbasy' }]);
    expect(kazakh.stems('Назарбаевты')).toContain(foldTerm('Elbasy'));
  });
});
