import { describe, expect, it } from 'vitest';
import { transliterate } from '../../../../shared/search/fold/cyrillic';
import { foldTerm } from '../../../../shared/search/fold/foldTerm';
import { foldingRules } from '../../../../shared/search/fold/foldingRules';

describe('folding rules', () => {
  for (const rule of foldingRules) {
    it(`merges ${rule.merges}`, () => {
      for (const [a, b] of rule.examples) expect(foldTerm(a), `${a} / ${b}`).toBe(foldTerm(b));
    });
  }

  it('leaves different names apart', () => {
    expect(foldTerm('Almaty')).not.toBe(foldTerm('Aktau'));
    expect(foldTerm('Tokayev')).not.toBe(foldTerm('Nazarbayev'));
    expect(foldTerm('strike')).not.toBe(foldTerm('strikes'));
  });

  it('folds case and diacritics', () => {
    expect(foldTerm('ÉLITE')).toBe(foldTerm('elite'));
    expect(foldTerm('Zhańaózen')).toBe(foldTerm('Zhanaozen'));
  });

  it('treats digit groups as one number', () => {
    expect(foldTerm('40,000')).toBe('40000');
    expect(foldTerm('40000')).toBe('40000');
  });

  it('folds the Soviet name of Almaty to Almaty', () => {
    expect(foldTerm('almaata')).toBe(foldTerm('Almaty'));
    expect(foldTerm('Алматы')).toBe(foldTerm('Almaty'));
  });
});

describe('Cyrillic transliteration', () => {
  it('writes Russian and Kazakh letters in Latin', () => {
    expect(transliterate('жанаозен')).toBe('zhanaozen');
    expect(transliterate('әғқңөұүһі')).toBe('aghqngouuhi');
    expect(transliterate('щука и ёж')).toBe('shchuka i yozh');
  });

  it('leaves Latin text alone', () => {
    expect(transliterate('zhanaozen')).toBe('zhanaozen');
  });
});
