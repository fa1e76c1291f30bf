import { commandLabel } from '../../../shared/history/commandLabels';
import type { CslMetadata } from '../../../shared/model/source';
import type { ArchiveHandlers } from '../../../shared/api/contract';
import { themeAndDescendants } from '../../../shared/model/themeTree';
import { findTheme } from '../../../shared/themes/codebookEdits';
import { setMetadata } from '../import/metadataImport';
import { command, findSource, sourceText, type ArchiveState } from '../archive/archiveState';
import { keyOf } from '../../../shared/cite/citationKeys';
import { offeredKey } from '../../../shared/cite/citationKeyLife';
import { sourceHighlightViews } from '../tagging/sourceHighlights';
import { noteSignature } from '../sync/signatureCheck';
import { toDetail, toSummary } from './sourceViews';

const DEFAULT_SEARCH_LIMIT = 50;

export type SourceHandlers = Pick<
  ArchiveHandlers,
  'listSources' | 'getSource' | 'search' | 'setSourceNote' | 'setSourceMetadata'
>;

/** The library's sources: listed, read whole with their highlights, searched, annotated. */
export function sourceHandlers(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'search' | 'history'>,
): SourceHandlers {
  const { store } = state;
  return {
    listSources: async ({ theme }) => {
      if (theme === undefined) return store.sourceSummaries() ?? store.doc.sources.map(toSummary);
      const ids = themeAndDescendants(store.doc, findTheme(store.doc, theme).id);
      const holding = new Set(
        store.doc.highlights
          .filter((h) => h.themeIds.some((t) => ids.has(t)))
          .map((h) => h.sourceId),
      );
      return store.doc.sources.filter((s) => holding.has(s.id)).map(toSummary);
    },

    getSource: async ({ id }) => {
      const source = findSource(state, id);
      const text = await sourceText(state, source);
      // The highlights come with the text, so the reader draws both at once.
      const highlights = await sourceHighlightViews(state, source, text);
      const noteSigned = await noteSignature(state.files.dir, source);
      return {
        ...toDetail(source, text, store.sourceFamily(source)),
        ...(noteSigned ? { noteSignature: noteSigned } : {}),
        highlights,
        ...(keyOf(source)
          ? { keyState: { fresh: offeredKey(source), uses: source.keyUses ?? [] } }
          : {}),
      };
    },

    search: async ({ query, limit, filters }) =>
      state.search.search({ query, limit: limit ?? DEFAULT_SEARCH_LIMIT, filters }),

    setSourceMetadata: async ({ sourceId, metadata }) =>
      setMetadata(state, sourceId, metadata as CslMetadata),

    setSourceNote: async ({ sourceId, note }) => {
      findSource(state, sourceId);
      const { history } = await command(state, commandLabel('Edit source note'), (doc) => ({
        ...doc,
        sources: doc.sources.map((s) => (s.id === sourceId ? { ...s, note } : s)),
      }));
      return history;
    },
  };
}
