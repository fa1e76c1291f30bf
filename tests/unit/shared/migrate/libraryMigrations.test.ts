import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/model/libraryDocument';
import type { LibraryDocument } from '../../../../shared/model/libraryDocument';
import {
  migrateLibrary as migrateUnchecked,
  needsMigration,
  NewerLibraryError,
} from '../../../../shared/migrate/libraryMigrations';

// Migration hands back JSON its records are not yet checked in; these tests read it by the
// shape they wrote it in.
const migrateLibrary = (raw: Record<string, unknown>) =>
  migrateUnchecked(raw) as unknown as LibraryDocument;

describe('library migrations', () => {
  it('brings a library from before schema versions up to the current one, keeping its sources', () => {
    const old = { sources: [{ id: 's1', title: 'Kept' }] };
    expect(needsMigration(old)).toBe(true);
    const migrated = migrateLibrary(old);
    expect(migrated.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrated.sources).toEqual([{ id: 's1', title: 'Kept' }]);
    expect(typeof migrated.createdAt).toBe('string');
  });

  it('gives a version-1 library the default codebook, keeping its sources', () => {
    const v1 = { schemaVersion: 1, createdAt: 'x', sources: [{ id: 's1' }] };
    const migrated = migrateLibrary(v1);
    expect(migrated.themes.map((t) => t.name)).toEqual([
      'labour',
      'clans',
      'foreign involvement',
      'casualties',
    ]);
    expect(migrated.highlights).toEqual([]);
    expect(migrated.sources).toEqual([{ id: 's1' }]);
  });

  it('gives a version-2 library an empty list of saved briefs, keeping its tagging', () => {
    const v2 = {
      schemaVersion: 2,
      createdAt: 'x',
      sources: [{ id: 's1' }],
      themes: [{ id: 't1', name: 'mine' }],
      highlights: [{ id: 'h1' }],
      dismissedSuggestions: [],
    };
    const migrated = migrateLibrary(v2);
    expect(migrated.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrated.briefs).toEqual([]);
    expect(migrated.sourceCollections).toEqual([]);
    expect(migrated.themes).toEqual(v2.themes);
    expect(migrated.highlights).toEqual(v2.highlights);
  });

  it('gives every source of a version-3 library a readable citation key, keeping the keys it had', () => {
    const source = (id: string, metadata: Record<string, unknown>) => ({
      id,
      title: String(metadata.title ?? ''),
      metadata,
    });
    const v3 = {
      schemaVersion: 3,
      createdAt: 'x',
      sources: [
        source('a', {
          title: 'The roots of the rising',
          author: [{ family: 'Müller', given: 'Jana' }],
          issued: { 'date-parts': [[2022]] },
        }),
        source('b', {
          title: 'Failed ‘colour revolution’',
          'container-title': 'Lalkar',
          issued: { 'date-parts': [[2022, 1]] },
        }),
        source('c', {
          title: 'Roots again',
          author: [{ family: 'Müller' }],
          issued: { 'date-parts': [[2022]] },
          'citation-key': 'mine:roots',
        }),
        source('d', {
          title: 'Roots',
          author: [{ family: 'Muller' }],
          issued: { 'date-parts': [[2022]] },
        }),
        { id: 'broken' },
      ],
    };
    const keys = migrateLibrary(v3).sources.map((s) => s.metadata?.['citation-key']);
    // The family name without its accent, the year and the first word that is not "the".
    expect(keys).toEqual([
      'muller2022roots',
      'lalkar2022failed',
      'mine:roots',
      'muller2022rootsa',
      undefined,
    ]);
  });

  it('fills what a version-0 library lacks', () => {
    expect(migrateLibrary({}).sources).toEqual([]);
  });

  it('opens a current library that lacks a collection with an empty one', () => {
    const partial = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: 'x',
      sources: [{ id: 's' }],
    };
    const repaired = migrateLibrary(partial);
    expect(repaired.highlights).toEqual([]);
    expect(repaired.dismissedSuggestions).toEqual([]);
    expect(repaired.themes.length).toBe(4);
    expect(repaired.sources).toEqual([{ id: 's' }]);
  });

  it('leaves a current library as it is', () => {
    const current = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: 'x',
      sources: [],
      themes: [],
      highlights: [],
      dismissedSuggestions: [],
      briefs: [],
      sourceCollections: [],
    };
    expect(needsMigration(current)).toBe(false);
    expect(migrateLibrary(current)).toEqual(current);
  });

  it('refuses a library from a newer Dossier instead of rewriting it', () => {
    expect(() => migrateLibrary({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(
      NewerLibraryError,
    );
  });
});
