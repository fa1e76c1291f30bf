import { useEffect, useState } from 'react';
import type { SourceSummary, ThemeView } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';

/**
 * The library's lists the window keeps on screen: its sources (a theme's, when filtered), its
 * themes, and whether a new library has still to choose how its codebook starts. Each list is
 * read again when its part of the library changes.
 */
export function useLibraryLists(
  themeFilter: string | null,
  sourcesVersion: number,
  themesVersion: number,
  onError: (message: string) => void,
) {
  const api = useApi();
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [themes, setThemes] = useState<ThemeView[]>([]);
  const [codebookPending, setCodebookPending] = useState(false);

  useEffect(() => {
    let current = true;
    void api.listSources(themeFilter ? { theme: themeFilter } : {}).then((s) => {
      if (!current) return;
      if (s.ok) setSources(s.value);
      else onError(s.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, themeFilter, sourcesVersion, onError]);

  useEffect(() => {
    let current = true;
    void Promise.all([api.listThemes({}), api.codebookState({})]).then(([t, c]) => {
      if (!current) return;
      if (t.ok) setThemes(t.value);
      if (c.ok) setCodebookPending(c.value.pending);
    });
    return () => {
      current = false;
    };
  }, [api, themesVersion]);

  return { sources, themes, codebookPending };
}
