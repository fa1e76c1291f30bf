import { describe, expect, it } from 'vitest';
import { formatOf, isImportable, unsupportedReason } from '../../../../shared/import/formats';
import { inEnglish } from '../../../../shared/text/wording';

describe('import formats', () => {
  it('reads each format by its ending, and files without one as text', () => {
    expect(formatOf('notes.TXT')).toBe('text');
    expect(formatOf('notes')).toBe('text');
    expect(formatOf('page.htm')).toBe('html');
    expect(formatOf('draft.markdown')).toBe('markdown');
    expect(formatOf('paper.PDF')).toBe('pdf');
    expect(formatOf('report.docx')).toBe('docx');
  });

  it('refuses other endings with the reason and what it does read', () => {
    expect(isImportable('slides.pptx')).toBe(false);
    expect(inEnglish(unsupportedReason('slides.pptx'))).toMatch(
      /^\.pptx files cannot be imported \(Dossier reads .*\.pdf/,
    );
  });
});
