import { describe, expect, it } from 'vitest';
import { isImportable, unsupportedReason } from '../../../../shared/import/formats';
import { reasonToRefuse } from '../../../../shared/import/refuseText';

describe('import formats', () => {
  it('accepts plain text and files without an ending, refuses others with the reason', () => {
    expect(isImportable('notes.TXT')).toBe(true);
    expect(isImportable('notes')).toBe(true);
    expect(isImportable('paper.pdf')).toBe(false);
    expect(unsupportedReason('paper.pdf')).toMatch(/^\.pdf files cannot be imported yet/);
  });

  it('says why content cannot be a text source', () => {
    expect(reasonToRefuse(null)).toMatch(/not UTF-8 text/);
    expect(reasonToRefuse('a\u0000b')).toMatch(/binary/);
    expect(reasonToRefuse(' \n\t ')).toBe('it is empty');
    expect(reasonToRefuse('Fine text')).toBeNull();
  });
});
