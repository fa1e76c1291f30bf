import { describe, expect, it } from 'vitest';
import { chapterNumber } from '../../../../shared/import/chapterNumber';

describe('the number a chapter heading gives', () => {
  it.each([
    ['Chapter 1. Loomings.', '1'],
    ['CHAPTER IV', 'IV'],
    ['Chap. 12: The Return', '12'],
    ['Kapitel 3', '3'],
    ['Глава 7. Буря', '7'],
    ['Capítulo XII', 'XII'],
    ['4. The Counterpane.', '4'],
    ['IX', 'IX'],
    ['12 — Night', '12'],
    ['第3章 帰郷', '3'],
    ['第十二回', '十二'],
  ])('%s gives %s', (heading, number) => {
    expect(chapterNumber(heading)).toBe(number);
  });

  it.each([
    'Etymology.',
    'Epilogue',
    'Part Two',
    'Book 2',
    'Introduction',
    'I Remember the Sea',
    '1984 and After',
    'Chapters of a Life',
  ])('%s gives none', (heading) => {
    expect(chapterNumber(heading)).toBeNull();
  });
});
