import type { SourceSummary } from '../../../shared/api/types';

export type SourceOrder = 'title' | 'imported' | 'passages';

const compare: Record<SourceOrder, (a: SourceSummary, b: SourceSummary) => number> = {
  title: (a, b) =>
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true }),
  imported: (a, b) => b.importedAt.localeCompare(a.importedAt),
  passages: (a, b) => b.passageCount - a.passageCount,
};

export function sortSources(
  sources: readonly SourceSummary[],
  order: SourceOrder,
): SourceSummary[] {
  return [...sources].sort((a, b) => compare[order](a, b) || compare.title(a, b));
}
