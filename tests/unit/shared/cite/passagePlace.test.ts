import { describe, expect, it } from 'vitest';
import { parseLocator } from '../../../../shared/cite/locator';
import { passagePlace, placeLabel, placeLocator } from '../../../../shared/cite/passagePlace';

// A book: a preface (not numbered), chapter 1 of two paragraphs, chapter 2 of two.
const passages = [
  { start: 0, end: 10 },
  { start: 20, end: 30 },
  { start: 32, end: 40 },
  { start: 50, end: 60 },
  { start: 62, end: 70 },
];
const chapters = [
  { label: '', start: 0 },
  { label: '1', start: 15 },
  { label: 'II', start: 45 },
];

describe('the place of a quote in a book', () => {
  it('counts paragraphs within the chapter the book numbers', () => {
    const place = passagePlace(passages, 63, chapters)!;
    expect(placeLabel(place)).toBe('chap. II, para. 2');
    expect(placeLocator(place)).toEqual({ label: 'chapter', locator: 'II, para. 2' });
    // What a draft's marker says is read back as the same locator.
    expect(parseLocator(placeLabel(place))).toEqual(placeLocator(place));
  });

  it('places a quote in an unnumbered part by the whole text, and a page before any chapter', () => {
    expect(placeLabel(passagePlace(passages, 5, chapters)!)).toBe('para. 1');
    const paged = [{ start: 20, end: 30, page: 7 }];
    expect(placeLabel(passagePlace(paged, 21, chapters)!)).toBe('p. 7');
  });
});
