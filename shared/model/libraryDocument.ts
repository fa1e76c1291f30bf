import { defaultCodebook } from './defaultCodebook';
import type { DismissedSuggestion, Highlight, Theme } from './theme';
import type { SourceRecord } from './source';
import type { BriefDefinition } from './brief';
import type { SourceCollection } from './sourceCollection';

export const CURRENT_SCHEMA_VERSION = 4;

export interface LibraryDocument {
  schemaVersion: number;
  createdAt: string;
  sources: SourceRecord[];
  themes: Theme[];
  highlights: Highlight[];
  dismissedSuggestions: DismissedSuggestion[];
  /** Comparison briefs the writer saved, to make again after more tagging. */
  briefs: BriefDefinition[];
  /** Named sets of sources, to compare in a brief. */
  sourceCollections: SourceCollection[];
  /**
   * A new library starts with the four general themes and asks how the writer wants to start
   * (those themes, an empty codebook or a codebook file); true until the writer has chosen.
   * Absent in libraries made before the choice existed.
   */
  codebookPending?: boolean;
}

export function emptyLibrary(now: Date): LibraryDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    sources: [],
    themes: defaultCodebook(),
    highlights: [],
    dismissedSuggestions: [],
    briefs: [],
    sourceCollections: [],
    codebookPending: true,
  };
}
