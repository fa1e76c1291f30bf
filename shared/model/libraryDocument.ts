import { defaultCodebook } from '../themes/defaultCodebook';
import type { DismissedSuggestion, Highlight, Theme } from './theme';
import type { SourceRecord } from './source';

export const CURRENT_SCHEMA_VERSION = 2;

export interface LibraryDocument {
  schemaVersion: number;
  createdAt: string;
  sources: SourceRecord[];
  themes: Theme[];
  highlights: Highlight[];
  dismissedSuggestions: DismissedSuggestion[];
}

export function emptyLibrary(now: Date): LibraryDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    sources: [],
    themes: defaultCodebook(),
    highlights: [],
    dismissedSuggestions: [],
  };
}
