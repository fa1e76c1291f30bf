import { useCallback, useEffect, useState } from 'react';
import type { HighlightView, SuggestionView } from '../../../shared/api/types';
import type { Result } from '../../../shared/api/errors';
import { useApi } from '../api/ApiContext';

/**
 * A source's suggestions, reloaded whenever the library changes (`version`), with the tagging
 * actions. The highlights come with the source (getSource), drawn with its text. An action's
 * failure is told through `onError`; its change reaches the views as the service pushes it.
 */
export function useSourceTags(
  sourceId: string,
  highlights: HighlightView[],
  version: number,
  onError: (message: string) => void,
  /** Suggestions are looked for only when the writer asks for them. */
  suggest = false,
) {
  const api = useApi();
  const [suggested, setSuggested] = useState<{ key: string; list: SuggestionView[] }>({
    key: '',
    list: [],
  });
  const key = `${sourceId}:${version}`;

  useEffect(() => {
    if (!suggest) return;
    let current = true;
    void api.listSuggestions({ sourceId }).then((s) => {
      if (current) setSuggested({ key, list: s.ok ? s.value : [] });
    });
    return () => {
      current = false;
    };
  }, [api, sourceId, key, suggest]);
  // Suggestions of another source or an older library are not shown.
  const suggestions = suggest && suggested.key === key ? suggested.list : [];

  // What an action answered, drawn at once over the highlights it was made on; the source's
  // own list replaces it when the library has been read again.
  const [answered, setAnswered] = useState<{ base: HighlightView[]; list: HighlightView[] }>();
  const shown = answered && answered.base === highlights ? answered.list : highlights;

  const run = useCallback(
    async <T>(call: Promise<Result<T>>, draw?: (value: T) => HighlightView[]) => {
      const result = await call;
      if (!result.ok) return onError(result.error.message);
      if (draw) setAnswered({ base: highlights, list: draw(result.value) });
    },
    [onError, highlights],
  );
  const replaced = (h: HighlightView) => shown.map((x) => (x.id === h.id ? h : x));

  return {
    highlights: shown,
    suggestions,
    tag: (start: number, end: number, themeIds: string[]) =>
      run(api.createHighlight({ sourceId, start, end, themeIds }), (h) => [...shown, h]),
    setThemes: (id: string, themeIds: string[]) =>
      run(api.updateHighlight({ id, themeIds }), replaced),
    setNote: (id: string, note: string) => run(api.updateHighlight({ id, note }), replaced),
    remove: (id: string) =>
      run(api.deleteHighlight({ id }), () => shown.filter((h) => h.id !== id)),
    accept: (s: SuggestionView) =>
      run(api.acceptSuggestion({ sourceId, passageId: s.passageId, themeId: s.themeId })),
    dismiss: (s: SuggestionView) =>
      run(api.dismissSuggestion({ sourceId, passageId: s.passageId, themeId: s.themeId })),
  };
}
