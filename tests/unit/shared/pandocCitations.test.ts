import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../shared/cite/pandocCitations';

// The forms Pandoc's manual ("Citation syntax") gives.
describe("Pandoc's citation syntax", () => {
  it('reads bracketed citations with locators, prefixes, suffixes and several keys', () => {
    const text = 'As shown [see @stefan2022, para. 24; also @lalkar2022failed, p. 3, for more].';
    const [cluster] = findCitations(text);
    expect(text.slice(cluster!.start, cluster!.end)).toBe(
      '[see @stefan2022, para. 24; also @lalkar2022failed, p. 3, for more]',
    );
    expect(cluster!.items).toEqual([
      {
        key: 'stefan2022',
        prefix: 'see',
        suffix: '',
        locator: { locator: '24', label: 'paragraph' },
        suppressAuthor: false,
      },
      {
        key: 'lalkar2022failed',
        prefix: 'also',
        suffix: 'for more',
        locator: { locator: '3', label: 'page' },
        suppressAuthor: false,
      },
    ]);
  });

  it('reads an author left out, and the author in the sentence with its locator', () => {
    const clusters = findCitations(
      'Stefan says so [-@stefan2022]. @lalkar2022failed [p. 3] disagrees.',
    );
    expect(clusters.map((c) => [c.narrative, c.items[0]!.key, c.items[0]!.suppressAuthor])).toEqual(
      [
        [false, 'stefan2022', true],
        [true, 'lalkar2022failed', false],
      ],
    );
    expect(clusters[1]!.items[0]!.locator).toEqual({ locator: '3', label: 'page' });
  });

  it('leaves e-mail addresses and plain brackets alone; a key ends before punctuation', () => {
    expect(findCitations('Write to me@example.com [or not].')).toEqual([]);
    const [c] = findCitations('As @doe:99. said');
    expect(c!.items[0]!.key).toBe('doe:99');
  });
});
