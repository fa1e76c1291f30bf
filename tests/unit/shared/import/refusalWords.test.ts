import { describe, expect, it } from 'vitest';
import {
  REFUSAL_PARTS,
  REFUSAL_TEXTS,
  part,
  refusal,
} from '../../../../shared/import/refusalWords';
import { sizeLimitReason, unsupportedReason } from '../../../../shared/import/formats';
import { tooMany } from '../../../../shared/import/inputLimits';
import { inEnglish } from '../../../../shared/text/wording';
import { serviceCode } from '../../../helpers/serviceCode';

describe('why a file is not imported', () => {
  it('reads in English as the CLI has always said it', () => {
    expect(inEnglish(unsupportedReason('notes.xyz'))).toMatch(
      /^\.xyz files cannot be imported \(Dossier reads \.txt, .*Omnivore\)$/,
    );
    expect(inEnglish(sizeLimitReason('big.pdf', 600 * 1024 * 1024)!)).toBe(
      'it is 600.0 MB, over the 50.0 MB limit for a file',
    );
    expect(inEnglish(tooMany('pages', 5001, 5000, 'split it into parts and import each'))).toBe(
      'it holds 5,001 pages, more than the 5,000 Dossier reads from one file; split it into parts and import each',
    );
    expect(
      inEnglish(
        refusal('it is damaged or not {{what}} ({{part}} is missing from the zip)', {
          what: part('an EPUB'),
          part: 'OEBPS/ch1.xhtml',
        }),
      ),
    ).toBe('it is damaged or not an EPUB (OEBPS/ch1.xhtml is missing from the zip)');
  });

  it('keeps every text and part it lists in use, so none goes stale in the catalogues', () => {
    const code = serviceCode('refusalWords.ts');
    const unused = [...REFUSAL_TEXTS, ...REFUSAL_PARTS].filter(
      (text) => !code.includes(`'${text}'`),
    );
    expect(unused).toEqual([]);
  });
});
