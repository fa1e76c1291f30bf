import { describe, expect, it } from 'vitest';
import {
  applyLibraryChanges,
  type LibraryVersions,
} from '../../../renderer/src/common/useLibraryVersions';

const start: LibraryVersions = {
  library: 0,
  sources: 0,
  themes: 0,
  highlights: 0,
  base: 0,
  source: {},
};
const none = {
  revision: 1,
  everything: false,
  sources: false,
  sourceIds: [] as string[],
  detailIds: [] as string[],
  themes: false,
  highlights: false,
  briefs: false,
  collections: false,
  codebook: false,
};

describe('which views a change moves', () => {
  it('moves a tagged source and the codebook counts, not the list of sources', () => {
    const v = applyLibraryChanges(start, { ...none, highlights: true, sourceIds: ['a'] });
    expect(v).toMatchObject({ library: 1, sources: 0, themes: 1, highlights: 1 });
    expect(v.source).toEqual({ a: 1 });
  });

  it('moves the list when sources come or go, and nothing when nothing changed', () => {
    expect(applyLibraryChanges(start, { ...none, sources: true, sourceIds: ['b'] })).toMatchObject({
      sources: 1,
      themes: 0,
    });
    expect(applyLibraryChanges(start, none)).toBe(start);
  });

  it('moves everything when the service cannot say what changed', () => {
    const v = applyLibraryChanges({ ...start, source: { a: 3 } }, { ...none, everything: true });
    expect(v).toMatchObject({ library: 1, sources: 1, themes: 1, highlights: 1, base: 1 });
  });
});
