import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../../shared/api/types';
import { sortSources } from '../../../renderer/src/library/sortSources';

const source = (title: string, importedAt: string, passageCount: number): SourceSummary => ({
  id: title,
  title,
  type: 'article',
  file: `${title}.txt`,
  importedAt,
  passageCount,
});

describe('sortSources', () => {
  const list = [
    source('b', '2026-01-02', 5),
    source('A', '2026-01-01', 9),
    source('c', '2026-01-03', 5),
  ];

  it('sorts by title ignoring case, by newest import, by most passages (ties by title)', () => {
    expect(sortSources(list, 'title').map((s) => s.title)).toEqual(['A', 'b', 'c']);
    expect(sortSources(list, 'imported').map((s) => s.title)).toEqual(['c', 'b', 'A']);
    expect(sortSources(list, 'passages').map((s) => s.title)).toEqual(['A', 'b', 'c']);
  });
});
