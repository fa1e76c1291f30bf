import { describe, expect, it } from 'vitest';
import type { HighlightView, ThemeView } from '../../../shared/api/types';
import {
  applyPushed,
  editHighlights,
  noEntities,
  putHighlights,
  themesWithCounts,
} from '../../../renderer/src/store/entities';

const highlight = (id: string, themeIds = ['labour']): HighlightView => ({
  id,
  sourceId: 's1',
  themeIds,
  note: '',
  quote: 'the depot stayed shut',
  start: 10,
  end: 31,
  orphaned: false,
  createdAt: '2026-12-06T20:00:00.000Z',
});

const theme = (id: string, highlightCount: number): ThemeView => ({
  id,
  name: id,
  color: '#888888',
  description: '',
  cues: [],
  parentId: null,
  highlightCount,
});

describe('the window’s store of entities', () => {
  it('never lets an answer asked before a change replace the list that change sent', () => {
    // The source was read when the window had heard revision 4; a tag at 5 sent its list.
    const read = putHighlights(noEntities, 's1', [highlight('a')], 4);
    const sent = applyPushed(
      read,
      { highlights: [{ sourceId: 's1', list: [highlight('a'), highlight('b')] }], themeCounts: {} },
      5,
    );
    const late = putHighlights(sent, 's1', [highlight('a')], 4);
    expect(late.highlights.get('s1')?.value.map((h) => h.id)).toEqual(['a', 'b']);
    // Read after the window heard 5 (or later): that answer is as new, and is kept.
    const fresh = putHighlights(sent, 's1', [highlight('b')], 5);
    expect(fresh.highlights.get('s1')?.value.map((h) => h.id)).toEqual(['b']);
    // A source whose read is still on its way keeps what a change sent over an older answer.
    const opening = applyPushed(
      read,
      { highlights: [{ sourceId: 's2', list: [highlight('c')] }], themeCounts: {} },
      6,
    );
    const answered = putHighlights(opening, 's2', [], 5);
    expect(answered.highlights.get('s2')?.value.map((h) => h.id)).toEqual(['c']);
  });

  it('draws an edit’s answer at once: added, replaced in place, taken out', () => {
    const read = putHighlights(noEntities, 's1', [highlight('a'), highlight('b')], 3);
    const added = editHighlights(read, 's1', highlight('c'));
    expect(added.highlights.get('s1')?.value.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    const retagged = editHighlights(added, 's1', highlight('a', ['clans']));
    expect(retagged.highlights.get('s1')?.value.map((h) => [h.id, h.themeIds])).toEqual([
      ['a', ['clans']],
      ['b', ['labour']],
      ['c', ['labour']],
    ]);
    const removed = editHighlights(retagged, 's1', 'b');
    expect(removed.highlights.get('s1')?.value.map((h) => h.id)).toEqual(['a', 'c']);
    // The stamp stays that of the read: the change set the edit made still replaces the list.
    expect(removed.highlights.get('s1')?.asOf).toBe(3);
    // A source never read is not made up from one highlight.
    expect(editHighlights(noEntities, 's9', highlight('x'))).toBe(noEntities);
  });

  it('moves theme counts by what a change sent, unless the codebook was read since', () => {
    const read = { value: [theme('labour', 1), theme('clans', 4)], asOf: 6 };
    const sent = applyPushed(noEntities, { highlights: [], themeCounts: { labour: 2 } }, 7);
    expect(themesWithCounts(read, sent.themeCounts).map((t) => t.highlightCount)).toEqual([2, 0]);
    // The codebook read at 7 or later already counts what 7 sent.
    expect(themesWithCounts({ ...read, asOf: 7 }, sent.themeCounts)).toBe(read.value);
    // Counts sent with an older change than the last ones kept are not taken.
    const older = applyPushed(sent, { highlights: [], themeCounts: { labour: 9 } }, 6);
    expect(older.themeCounts?.value).toEqual({ labour: 2 });
  });
});
