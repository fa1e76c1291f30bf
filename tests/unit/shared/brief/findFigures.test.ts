import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../shared/brief/findFigures';
import { trimQuote } from '../../../../shared/brief/trimQuote';

const rows = (text: string) => findFigures(text).map((f) => [f.value, f.number, f.counts]);

describe('figures in quoted passages', () => {
  it('reads digits, number words and qualifiers, and what each counts from a word near it', () => {
    expect(rows('Police said 41 people were detained overnight and about 1,200 injured.')).toEqual([
      ['41', 41, 'arrested'],
      ['about 1,200', 1200, 'injured'],
    ]);
    expect(rows('Witnesses counted several hundred dead in the square.')).toEqual([
      ['several hundred', null, 'killed'],
    ]);
    expect(rows('A 3,000-strong contingent of paratroopers arrived.')).toEqual([
      ['3,000-strong', 3000, 'troops'],
    ]);
  });

  it('prefers what happened to people over who they were', () => {
    expect(rows('Twelve miners were killed when the shaft collapsed.')).toEqual([
      ['Twelve', 12, 'killed'],
    ]);
    expect(rows('The 400 striking workers were dismissed.')).toEqual([['400', 400, 'workers']]);
  });

  it('leaves out years, dates and numbers nothing near explains', () => {
    expect(rows('In 2011 the strike lasted 7 months; on 16 December it ended.')).toEqual([]);
    // What counts must be in the same sentence as the number.
    expect(rows('The toll rose to 30. Workers were arrested later.')).toEqual([]);
  });
});

describe('trimming long quotes', () => {
  it('keeps a short quote whole and cuts a long one at a sentence, verbatim', () => {
    expect(trimQuote('Short.')).toEqual({ text: 'Short.', trimmed: false });
    const long = `${'The first sentence runs on for a while. '.repeat(10)}And then the last one.`;
    const cut = trimQuote(long, 200);
    expect(cut.trimmed).toBe(true);
    expect(long.startsWith(cut.text)).toBe(true);
    expect(cut.text.endsWith('.')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(200);
  });
});
