import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../../shared/annotations/anchorQuote';

const words = (text: string, at: { start: number; end: number } | null) =>
  at && text.slice(at.start, at.end);

describe('finding a quote made in another reader', () => {
  it('finds words laid out with other white space', () => {
    const text = 'The first line\nof a paragraph.\n\nAnother.';
    expect(words(text, anchorQuote(text, { exact: 'first line of a' }))).toBe('first line\nof a');
  });

  it('finds words whose quotation marks, dashes, ligatures and case differ', () => {
    const text = 'He said “the ﬁnal offer—take it” and left; soft\u00ADhyphen here.';
    expect(words(text, anchorQuote(text, { exact: '"The final offer-take it"' }))).toBe(
      '“the ﬁnal offer—take it”',
    );
    expect(words(text, anchorQuote(text, { exact: 'softhyphen' }))).toBe('soft\u00ADhyphen');
  });

  it('chooses among repeated words by the words around them', () => {
    const text = 'Wages rose. Prices rose. Then wages rose again.';
    const at = anchorQuote(text, { exact: 'wages rose', prefix: 'Then ', suffix: ' again' });
    expect(at).toEqual({ start: 30, end: 40 });
    // Folded, too: the case differs from the text.
    const folded = anchorQuote(text, { exact: 'WAGES ROSE', prefix: 'then ', suffix: ' again' });
    expect(folded).toEqual({ start: 30, end: 40 });
  });

  it('finds nothing where the words are not there, and never an empty place', () => {
    expect(anchorQuote('Some text.', { exact: 'other words' })).toBeNull();
    expect(anchorQuote('Some text.', { exact: '   ' })).toBeNull();
  });
});
