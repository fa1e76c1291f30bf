import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../shared/text/sentenceAround';

const around = (text: string, word: string) => {
  const start = text.indexOf(word);
  const span = sentenceAround(
    text,
    { start, end: start + word.length },
    { start: 0, end: text.length },
  );
  return text.slice(span.start, span.end);
};

describe('sentenceAround', () => {
  it('finds the sentence that holds a word, not the whole paragraph', () => {
    const text = 'The port closed at dawn. Dockers walked out over pay. Ships waited offshore.';
    expect(around(text, 'walked')).toBe('Dockers walked out over pay.');
    expect(around(text, 'Ships')).toBe('Ships waited offshore.');
  });

  it('understands the punctuation of other scripts', () => {
    expect(
      around('Забастовка началась. Рабочие требовали повышения зарплаты! Цены росли.', 'требовали'),
    ).toBe('Рабочие требовали повышения зарплаты!');
    expect(around('罢工开始了。工人要求加薪。价格上涨。', '工人')).toBe('工人要求加薪。');
  });

  it('spans every sentence a span touches', () => {
    const text = 'One. Two three. Four.';
    const span = sentenceAround(text, { start: 6, end: 17 }, { start: 0, end: text.length });
    expect(text.slice(span.start, span.end)).toBe('Two three. Four.');
  });
});
