import type { SourceRecord } from './source';

export const CURRENT_SCHEMA_VERSION = 1;

export interface LibraryDocument {
  schemaVersion: number;
  createdAt: string;
  sources: SourceRecord[];
}

export function emptyLibrary(now: Date): LibraryDocument {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: now.toISOString(), sources: [] };
}
