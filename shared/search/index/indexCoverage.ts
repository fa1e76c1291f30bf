import type { SourceRecord } from '../../model/source';
import type { SearchIndex } from './searchIndex';

/**
 * The sources whose passages the index does not hold one for one: a count per source, so an
 * index stamped as current but written before every new source was in it (a process that ended
 * early) is caught at open at the cost of one pass over its documents.
 */
export function sourcesMissingContent(
  index: SearchIndex,
  sources: readonly SourceRecord[],
): SourceRecord[] {
  const held = new Map<string, number>();
  index.docs.forEach((doc, ordinal) => {
    if (doc.field === 'passage' && !index.removed.has(ordinal))
      held.set(doc.sourceId, (held.get(doc.sourceId) ?? 0) + 1);
  });
  return sources.filter((s) => (held.get(s.id) ?? 0) !== s.passages.length);
}
