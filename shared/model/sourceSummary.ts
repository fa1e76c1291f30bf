import type { SourceSummary } from '../api/types';
import { dateText } from './metadataForm';
import type { SourceRecord } from './source';

/**
 * What a list of sources shows of each. Kept beside each source's record in the library's
 * storage too, so a list can be drawn without reading every record: a change to what a summary
 * holds moves SUMMARY_FORMAT on, and stored summaries of another format are not used.
 */
export const SUMMARY_FORMAT = 1;

/** What names a source in a list and in its details. */
export function sourceIdentity({ id, title, type, file, importedAt, parentId }: SourceRecord) {
  return { id, title, type, file, importedAt, ...(parentId ? { parent: parentId } : {}) };
}

export function toSummary(source: SourceRecord): SourceSummary {
  const date = dateText(source.metadata.issued);
  return {
    ...sourceIdentity(source),
    passageCount: source.passages.length,
    ...(date ? { date } : {}),
  };
}
