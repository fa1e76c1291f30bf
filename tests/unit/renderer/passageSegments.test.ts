import { describe, expect, it } from 'vitest';
import { passageSegments } from '../../../renderer/src/reader/passageSegments';

const passage = { start: 100, end: 131, text: 'Oil workers struck in Zhanaozen' };

describe('passageSegments', () => {
  it('cuts a passage where overlapping highlights begin and end', () => {
    const segments = passageSegments(passage, [
      { id: 'a', start: 100, end: 118 },
      { id: 'b', start: 112, end: 140 },
    ]);
    expect(segments.map((s) => [s.text, s.highlightIds])).toEqual([
      ['Oil workers ', ['a']],
      ['struck', ['a', 'b']],
      [' in Zhanaozen', ['b']],
    ]);
    expect(segments.map((s) => s.start)).toEqual([100, 112, 118]);
  });

  it('marks search hits, relative to the passage, beside highlights', () => {
    const segments = passageSegments(passage, [], [[22, 31]]);
    expect(segments.map((s) => [s.text, s.marked])).toEqual([
      ['Oil workers struck in ', false],
      ['Zhanaozen', true],
    ]);
  });

  it('leaves a passage whole when nothing touches it', () => {
    expect(passageSegments(passage, [{ id: 'x', start: 0, end: 50 }])).toEqual([
      { start: 100, end: 131, text: passage.text, highlightIds: [], marked: false },
    ]);
  });
});
