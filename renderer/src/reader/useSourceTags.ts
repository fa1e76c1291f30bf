import { useCallback } from 'react';
import type { HighlightView, SuggestionView } from '../../../shared/api/types';
import { useQuery } from '../api/useQuery';
import type { Result } from '../../../shared/api/errors';
import { useApi } from '../api/ApiContext';
import { editHighlights } from '../store/entities';
import { useEntityStore, useSourceHighlights } from '../store/entityStore';

/**
 * A source's highlights from the window's store (first those getSource read, then each list a
 * change sends), its suggestions, read again when the source, the codebook (`version`) or its
 * highlights change, and the tagging actions. An action's answer is drawn at once; its failure
 * is told through `onError`.
 */
export function useSourceTags(
  sourceId: string,
  read: HighlightView[],
  version: number,
  onError: (message: string) => void,
  /** Suggestions are looked for only when the writer asks for them. */
  suggest = false,
) {
  const api = useApi();
  const store = useEntityStore();
  const { value: shown, asOf } = useSourceHighlights(sourceId, read);
  // A tagged passage is no longer suggested: suggestions move with the highlights as sent.
  const suggested = useQuery('listSuggestions', suggest ? { sourceId } : null, version + asOf);
  // Suggestions of an older library are not shown while the newer ones are read.
  const suggestions =
    suggest && !suggested.pending && !suggested.refreshing ? (suggested.value ?? []) : [];

  // What an action answered (the highlight it made or changed, or the id it took away) goes
  // into the store at once; the list its change set sends follows.
  const run = useCallback(
    async <T>(call: Promise<Result<T>>, drawn?: (value: T) => HighlightView | string) => {
      const result = await call;
      if (!result.ok) return onError(result.error.message);
      if (drawn) store.update((e) => editHighlights(e, sourceId, drawn(result.value)));
    },
    [onError, store, sourceId],
  );
  const itself = (h: HighlightView) => h;

  return {
    highlights: shown,
    suggestions,
    tag: (start: number, end: number, themeIds: string[]) =>
      run(api.createHighlight({ sourceId, start, end, themeIds }), itself),
    setThemes: (id: string, themeIds: string[]) =>
      run(api.updateHighlight({ id, themeIds }), itself),
    setNote: (id: string, note: string) => run(api.updateHighlight({ id, note }), itself),
    remove: (id: string) => run(api.deleteHighlight({ id }), () => id),
    accept: (s: SuggestionView) =>
      run(api.acceptSuggestion({ sourceId, passageId: s.passageId, themeId: s.themeId })),
    dismiss: (s: SuggestionView) =>
      run(api.dismissSuggestion({ sourceId, passageId: s.passageId, themeId: s.themeId })),
  };
}
