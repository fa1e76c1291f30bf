import { describe, expect, it } from 'vitest';
import { findCitations, pandocMarker } from '../../../shared/cite/pandocCitations';

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

describe('the marker Dossier copies for a highlight', () => {
  it('is read back by the draft parser as the same key and locator', () => {
    for (const [key, where, locator] of [
      ['stefan2022', { paragraph: 24 }, { locator: '24', label: 'paragraph' }],
      ['kim:2021', { paragraph: 2, page: 117 }, { locator: '117', label: 'page' }],
    ] as const) {
      const marker = pandocMarker(key, 's123', where);
      const [cluster] = findCitations(`As reported ${marker}.`);
      expect(cluster!.items).toEqual([
        { key, prefix: '', suffix: '', locator, suppressAuthor: false },
      ]);
    }
  });

  it('falls back to the source id for a key Pandoc would cut short', () => {
    expect(pandocMarker('smith 2020', 's1a2b', null)).toBe('[@s1a2b]');
    expect(pandocMarker(undefined, 's1a2b', { paragraph: 3 })).toBe('[@s1a2b, para. 3]');
    expect(findCitations(pandocMarker('ends.', 's9', null))[0]!.items[0]!.key).toBe('s9');
  });
});
