import { describe, expect, it } from 'vitest';
import { groupHitsBySource } from '../../../../shared/search/groupHits';
import { mergeRanges, splitByRanges } from '../../../../shared/search/markRanges';
import { snippetAround } from '../../../../shared/search/snippet';

describe('mark ranges', () => {
  it('merges overlapping ranges given in any order', () => {
    expect(
      mergeRanges([
        [5, 9],
        [0, 2],
        [1, 4],
        [8, 12],
      ]),
    ).toEqual([
      [0, 4],
      [5, 12],
    ]);
  });

  it('splits text into plain and marked pieces', () => {
    expect(splitByRanges('in Zhanaozen today', [[3, 12]])).toEqual([
      { text: 'in ', marked: false },
      { text: 'Zhanaozen', marked: true },
      { text: ' today', marked: false },
    ]);
  });
});

describe('snippetAround', () => {
  it('cuts a window around the first mark and moves the marks with it', () => {
    const text = `${'word '.repeat(80)}Zhanaozen ${'tail '.repeat(80)}`;
    const at = text.indexOf('Zhanaozen');
    const snippet = snippetAround(text, [[at, at + 9]], 120);
    const [s, e] = snippet.marks[0]!;
    expect(snippet.text.slice(s, e)).toBe('Zhanaozen');
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(122);
  });

  it('leaves a short passage whole', () => {
    expect(snippetAround('short', [[0, 5]])).toEqual({ text: 'short', marks: [[0, 5]] });
  });
});

describe('groupHitsBySource', () => {
  it('orders groups by their best hit and keeps hits in order', () => {
    const hits = [
      { sourceId: 'b', id: 1 },
      { sourceId: 'a', id: 2 },
      { sourceId: 'b', id: 3 },
    ];
    expect(groupHitsBySource(hits)).toEqual([
      { sourceId: 'b', hits: [hits[0], hits[2]] },
      { sourceId: 'a', hits: [hits[1]] },
    ]);
  });
});
