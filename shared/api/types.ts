import type { CslMetadata } from '../model/source';
import type { DocField } from '../search/index/searchIndex';
import type { Range } from '../search/markRanges';

export interface SourceSummary {
  id: string;
  title: string;
  type: string;
  file: string;
  importedAt: string;
  passageCount: number;
}

export interface PassageView {
  id: string;
  /** 1-based paragraph number, as a citation locator would give it. */
  number: number;
  text: string;
}

export interface SourceDetail {
  id: string;
  title: string;
  type: string;
  file: string;
  importedAt: string;
  metadata: CslMetadata;
  passages: PassageView[];
}

export type ImportOutcome =
  | { file: string; status: 'imported'; source: SourceSummary }
  | { file: string; status: 'duplicate'; sourceId: string; title: string }
  | { file: string; status: 'failed'; reason: string };

export interface ImportReport {
  results: ImportOutcome[];
}

export interface SearchHit {
  sourceId: string;
  sourceTitle: string;
  /** The passage the hit opens; null for a hit in the source's title, authors or site. */
  passageId: string | null;
  field: DocField;
  text: string;
  /** 0 is a perfect match, 1 none. */
  score: number;
  marks: Range[];
}

export interface SearchResults {
  hits: SearchHit[];
  /** How many documents matched, of which `hits` are the best. */
  total: number;
}
