import { useMemo } from 'react';
import type { SourceSummary, ThemeView } from '../../../shared/api/types';
import { useQuery } from '../api/useQuery';
import { useThemeCounts } from '../store/entityStore';

const NO_THEMES: ThemeView[] = [];

/**
 * The library's lists the window keeps on screen: its sources (a theme's, when filtered), its
 * themes, and whether a new library has still to choose how its codebook starts. Each list is
 * read again when its part of the library changes; the themes' counts move with each tag sent.
 */
export function useLibraryLists(
  themeFilter: string | null,
  sourcesVersion: number,
  themesVersion: number,
  onError: (message: string) => void,
): { sources: SourceSummary[] | null; themes: ThemeView[]; codebookPending: boolean } {
  const sources = useQuery(
    'listSources',
    themeFilter ? { theme: themeFilter } : {},
    sourcesVersion,
    {
      onError,
      keepWhileAsking: true,
    },
  ).value;
  const listed = useQuery('listThemes', {}, themesVersion);
  const read = useMemo(
    () => ({ value: listed.value ?? NO_THEMES, asOf: listed.asOf }),
    [listed.value, listed.asOf],
  );
  const themes = useThemeCounts(read);
  const codebook = useQuery('codebookState', {}, themesVersion).value;
  return { sources, themes, codebookPending: codebook?.pending ?? false };
}
