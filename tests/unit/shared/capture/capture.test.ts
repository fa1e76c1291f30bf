import { describe, expect, it } from 'vitest';
import { capturedMetadata, pageAddress } from '../../../../shared/capture/captureDetails';
import { findQuote } from '../../../../shared/capture/quoteSelector';

describe('findQuote', () => {
  const text =
    'The strike began.\n\nThe strike ended in March,  after  talks.\n\nThe strike began again.';

  it('finds words the browser laid out with other white space', () => {
    const at = findQuote(text, { exact: 'ended in March, after\ntalks', prefix: '', suffix: '' });
    expect(at && text.slice(at.start, at.end)).toBe('ended in March,  after  talks');
  });

  it('tells the same words apart by what stands around them', () => {
    const second = findQuote(text, {
      exact: 'The strike began',
      prefix: 'talks.\n',
      suffix: ' again',
    });
    expect(second?.start).toBe(text.lastIndexOf('The strike began'));
    const first = findQuote(text, {
      exact: 'The strike began',
      prefix: '',
      suffix: '.\nThe strike ended',
    });
    expect(first?.start).toBe(0);
  });

  it('finds nothing for words the text does not hold', () => {
    expect(findQuote(text, { exact: 'Subscribe now', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('capturedMetadata', () => {
  it('keeps the address without its fragment or tracking, and the details the writer left', () => {
    expect(pageAddress('https://a.example/story?id=7&utm_source=x&fbclid=y#comments')).toBe(
      'https://a.example/story?id=7',
    );
    expect(
      capturedMetadata('https://a.example/s', {
        title: ' Night shift ',
        authors: ['Anna Keller', ' '],
        date: '2019-11-18',
        site: '',
      }),
    ).toEqual({
      URL: 'https://a.example/s',
      title: 'Night shift',
      author: [{ given: 'Anna', family: 'Keller' }],
      issued: { 'date-parts': [[2019, 11, 18]] },
    });
  });
});
