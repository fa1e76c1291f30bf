import { withKeys } from '../cite/citationKeys';
import { defaultCodebook } from '../model/defaultCodebook';
import type { SourceRecord } from '../model/source';
import { CURRENT_SCHEMA_VERSION } from '../model/libraryDocument';

type Json = Record<string, unknown>;

/**
 * Step N turns a document of schema version N into version N + 1. Steps are never edited once
 * released: a library written by any earlier Dossier must still open.
 */
const steps: Record<number, (doc: Json) => Json> = {
  // Version 0: libraries from before schemaVersion existed; they may lack createdAt or sources.
  0: (doc) => ({
    ...doc,
    schemaVersion: 1,
    createdAt: typeof doc.createdAt === 'string' ? doc.createdAt : new Date(0).toISOString(),
    sources: Array.isArray(doc.sources) ? doc.sources : [],
  }),
  // Version 1 had sources only: tagging brings the codebook, highlights and dismissed suggestions.
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    themes: defaultCodebook(),
    highlights: [],
    dismissedSuggestions: [],
  }),
  // Version 2 had no briefs: comparison briefs and collections of sources come with version 3.
  2: (doc) => ({ ...doc, schemaVersion: 3, briefs: [], sourceCollections: [] }),
  // Version 4 gives every source a readable citation key (stefan2022) it keeps from then on.
  3: (doc) => ({ ...doc, schemaVersion: 4, sources: keyedSources(doc.sources) }),
};

/** Keys for the sources that lack one; records too broken to key are left to the record check. */
function keyedSources(sources: unknown): unknown {
  if (!Array.isArray(sources)) return sources;
  const isSource = (s: unknown): s is SourceRecord =>
    typeof s === 'object' &&
    s !== null &&
    typeof (s as SourceRecord).metadata === 'object' &&
    (s as SourceRecord).metadata !== null;
  const keyed = withKeys(sources.filter(isSource));
  let next = 0;
  return sources.map((s) => (isSource(s) ? keyed[next++] : s));
}

export class NewerLibraryError extends Error {
  constructor(readonly version: number) {
    super(
      `This library was written by a newer Dossier (schema ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Dossier to open it.`,
    );
  }
}

export function schemaVersionOf(doc: Json): number {
  return typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
}

export function needsMigration(doc: Json): boolean {
  return schemaVersionOf(doc) !== CURRENT_SCHEMA_VERSION;
}

/**
 * A library document brought up to the current schema version. Its records are not checked yet
 * (checkLibraryDocument does that next), so it is still plain JSON, not a LibraryDocument.
 */
export function migrateLibrary(raw: Json): Json {
  let doc = raw;
  let version = schemaVersionOf(doc);
  if (version > CURRENT_SCHEMA_VERSION) throw new NewerLibraryError(version);
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) throw new Error(`No migration from library schema ${version}.`);
    doc = step(doc);
    version = schemaVersionOf(doc);
  }
  return withCollections(doc);
}

/**
 * A library edited by hand (or synced half-way) may lack a collection: it opens with an empty
 * one rather than failing, and the collections it has are kept as they are.
 */
function withCollections(doc: Json): Json {
  // A missing collection is an empty one; one that is there but not a list is left for the
  // record check, which sets it aside with a message instead of dropping it unseen.
  const list = (value: unknown) => value ?? [];
  return {
    ...doc,
    sources: list(doc.sources),
    themes: doc.themes ?? defaultCodebook(),
    highlights: list(doc.highlights),
    dismissedSuggestions: list(doc.dismissedSuggestions),
    briefs: list(doc.briefs),
    sourceCollections: list(doc.sourceCollections),
  };
}
