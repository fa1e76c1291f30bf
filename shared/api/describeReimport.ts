import type { ReimportReport } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What re-reading a source did, told in a line: what was kept, lost and added, and which
 * highlights a citation now numbers differently (one made before names the old paragraph).
 */
export function describeReimport({
  source,
  highlightsKept,
  highlightsOrphaned,
  commentsAdded,
  renumbered = [],
}: ReimportReport): string {
  const moved = renumbered
    .slice(0, 3)
    .map((r) => `“${shortQuote(r.quote)}” para. ${r.from} → ${r.to}`)
    .join('; ');
  const more = renumbered.length > 3 ? `; and ${renumbered.length - 3} more` : '';
  return (
    `Re-read “${source.title}”: ${plural(highlightsKept, 'highlight')} kept` +
    (highlightsOrphaned ? `, ${highlightsOrphaned} whose words are gone` : '') +
    (commentsAdded ? `, ${plural(commentsAdded, 'comment')} added` : '') +
    '.' +
    (renumbered.length
      ? ` Paragraph numbers changed for ${plural(renumbered.length, 'highlight')} (${moved}${more}): citations made before give the old number.`
      : '')
  );
}

/** A quote's first six words, for a line that names it. */
export function shortQuote(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}
