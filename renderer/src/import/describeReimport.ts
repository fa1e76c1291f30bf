import type { ReimportReport } from '../../../shared/api/types';

/** What re-reading a source did, told in one line: what was kept, lost and added. */
export function describeReimport({
  source,
  highlightsKept,
  highlightsOrphaned,
  commentsAdded,
}: ReimportReport): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `Re-read “${source.title}”: ${plural(highlightsKept, 'highlight')} kept` +
    (highlightsOrphaned ? `, ${highlightsOrphaned} whose words are gone` : '') +
    (commentsAdded ? `, ${plural(commentsAdded, 'comment')} added` : '') +
    '.'
  );
}
