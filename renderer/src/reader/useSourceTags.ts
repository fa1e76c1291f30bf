import { useCallback, useEffect, useState } from 'react';
import type { HighlightView, SuggestionView } from '../../../shared/api/types';
import type { Result } from '../../../shared/api/errors';
import { useApi } from '../api/ApiContext';

/**
 * A source's highlights and suggestions, reloaded whenever the library changes (`version`),
 * with the tagging actions. Every action reports its outcome through `onChanged`/`onError`.
 */
export function useSourceTags(
  sourceId: string,
  version: number,
  onChanged: () => void,
  onError: (message: string) => void,
  /** Suggestions are looked for only when the writer asks for them. */
  suggest = false,
) {
  const api = useApi();
  const [highlights, setHighlights] = useState<HighlightView[]>([]);
  const [suggestions, setSuggestions] = useState<SuggestionView[]>([]);

  useEffect(() => {
    let current = true;
    void Promise.all([
      api.listHighlights({ sourceId }),
      suggest ? api.listSuggestions({ sourceId }) : null,
    ]).then(([h, s]) => {
      if (!current) return;
      if (h.ok) setHighlights(h.value);
      setSuggestions(s?.ok ? s.value : []);
    });
    return () => {
      current = false;
    };
  }, [api, sourceId, version, suggest]);

  const run = useCallback(
    async (call: Promise<Result<unknown>>) => {
      const result = await call;
      if (result.ok) onChanged();
      else onError(result.error.message);
    },
    [onChanged, onError],
  );

  return {
    highlights,
    suggestions,
    tag: (start: number, end: number, themeIds: string[]) =>
      run(api.createHighlight({ sourceId, start, end, themeIds })),
    setThemes: (id: string, themeIds: string[]) => run(api.updateHighlight({ id, themeIds })),
    setNote: (id: string, note: string) => run(api.updateHighlight({ id, note })),
    remove: (id: string) => run(api.deleteHighlight({ id })),
    accept: (s: SuggestionView) =>
      run(api.acceptSuggestion({ sourceId, passageId: s.passageId, themeId: s.themeId })),
    dismiss: (s: SuggestionView) =>
      run(api.dismissSuggestion({ sourceId, passageId: s.passageId, themeId: s.themeId })),
  };
}
