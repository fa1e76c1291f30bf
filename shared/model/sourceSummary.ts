import { dateText } from './metadataForm';
import { nameText } from './nameText';
import type { SourceRecord } from './source';

/**
 * What a list of sources shows of each. Kept beside each source's record in the library's
 * storage too, so a list can be drawn without reading every record: a change to what a summary
 * holds moves SUMMARY_FORMAT on, and stored summaries of another format are not used.
 */
export const SUMMARY_FORMAT = 2;

/** A source as a list shows it. */
export interface SourceSummary {
  id: string;
  title: string;
  type: string;
  file: string;
  /** For a reader comment: its article. */
  parent?: string;
  importedAt: string;
  passageCount: number;
  /** When the work was published, as YYYY, YYYY-MM or YYYY-MM-DD, if its details say. */
  date?: string;
  /** Its authors as written ("Ada Okafor", "The Associated Press"), if its details name any. */
  authors?: string[];
  /** Where it appeared: the site, journal or paper, else its publisher. */
  site?: string;
}

/** What names a source in a list and in its details. */
export function sourceIdentity({ id, title, type, file, importedAt, parentId }: SourceRecord) {
  return { id, title, type, file, importedAt, ...(parentId ? { parent: parentId } : {}) };
}

export function toSummary(source: SourceRecord): SourceSummary {
  const { metadata } = source;
  const date = dateText(metadata.issued);
  const authors = (Array.isArray(metadata.author) ? metadata.author : [])
    .map(nameText)
    .filter(Boolean);
  const site = [metadata['container-title'], metadata.publisher].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  return {
    ...sourceIdentity(source),
    passageCount: source.passages.length,
    ...(date ? { date } : {}),
    ...(authors.length ? { authors } : {}),
    ...(site ? { site } : {}),
  };
}
