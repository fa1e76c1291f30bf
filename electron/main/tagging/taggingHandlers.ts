import type { CaptureHandlers } from '../capture/captureHandlers';
import { errorWords } from '../../../shared/api/errorWords';
import { commandLabel, labelText } from '../../../shared/history/commandLabels';
import type { ArchiveHandlers } from '../../../shared/api/contract';
import { ArchiveError } from '../../../shared/api/errors';
import {
  addTheme,
  deleteTheme,
  findTheme,
  highlightCounts,
  mergeThemes,
  updateTheme,
} from '../../../shared/themes/codebookEdits';
import {
  addHighlight,
  deleteHighlight,
  updateHighlight,
} from '../../../shared/themes/highlightEdits';
import { findSuggestions } from '../../../shared/themes/suggestions';
import { passagePlace } from '../../../shared/cite/passagePlace';
import { highlightsUnder, themeMatrix } from '../../../shared/themes/themeViews';
import {
  command,
  commandWithin,
  findSource,
  newId,
  sourceText,
  type ArchiveState,
} from '../archive/archiveState';
import type { BriefHandlers } from '../brief/briefHandlers';
import type { CollectionHandlers } from '../library/collectionHandlers';
import type { ProjectHandlers } from '../interchange/projectHandlers';
import type { AutoExportHandlers } from '../cite/autoExports';
import type { SyncHandlers } from '../sync/syncHandlers';
import type { CodebookHandlers } from '../codebook/codebookHandlers';
import type { CitationHandlers } from '../cite/citationHandlers';
import type { KeyHandlers } from '../cite/keyHandlers';
import type { ImportHandlers } from '../import/importHandlers';
import type { SourceHandlers } from '../library/sourceHandlers';
import { toHighlightView, toThemeView } from './tagViews';
import { sourceHighlightViews } from './sourceHighlights';
import { highlightSignatures } from '../sync/signatureCheck';

/** Everything the source and citation handlers do not answer. */
type TaggingHandlers = Omit<
  ArchiveHandlers,
  | keyof SourceHandlers
  | keyof ImportHandlers
  | keyof CitationHandlers
  | keyof KeyHandlers
  | keyof BriefHandlers
  | keyof CollectionHandlers
  | keyof CodebookHandlers
  | keyof ProjectHandlers
  | keyof AutoExportHandlers
  | keyof SyncHandlers
  | keyof CaptureHandlers
  | 'changesSince'
  | 'libraryHealth'
  | 'checkLibrary'
>;

export function taggingHandlers(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'rules' | 'now'>,
): TaggingHandlers {
  const { store, history } = state;
  const doc = () => store.doc;

  const themeView = (id: string) => toThemeView(findTheme(doc(), id), highlightCounts(doc()));
  /** A highlight by id, from its own row while the records are unread. */
  const highlightOf = (id: string) => {
    const h = store.highlightById(id);
    if (!h) throw new ArchiveError('NOT_FOUND', errorWords('No highlight with id {{id}}.', { id }));
    return h;
  };
  const highlightView = async (id: string) => {
    const h = highlightOf(id);
    const text = await state.texts.get(findSource(state, h.sourceId));
    return toHighlightView(h, text, await highlightSignatures(state.files.dir));
  };

  const createHighlight = async (input: {
    sourceId: string;
    start: number;
    end: number;
    themeIds: string[];
    note?: string;
  }) => {
    const source = findSource(state, input.sourceId);
    const text = await sourceText(state, source);
    const id = newId('h');
    // From the codebook alone, read once: a tag reads no other highlight.
    const codebook = { themes: store.themes() };
    const names = input.themeIds.map((t) => findTheme(codebook, t).name).join(', ');
    const scope = { sources: [source.id], themes: true };
    await commandWithin(state, commandLabel('Tag as {{themes}}', { themes: names }), scope, (d) =>
      addHighlight(d, text, {
        ...input,
        id,
        note: input.note ?? '',
        createdAt: state.now().toISOString(),
      }),
    );
    return highlightView(id);
  };

  return {
    listThemes: async () => {
      const counts = store.themeUseCounts();
      return store.themes().map((t) => toThemeView(t, counts));
    },

    createTheme: async (fields) => {
      const { doc: after } = await command(
        state,
        commandLabel('Add theme {{name}}', { name: fields.name }),
        (d) => addTheme(d, fields),
      );
      return toThemeView(after.themes[after.themes.length - 1]!, highlightCounts(after));
    },

    updateTheme: async ({ id, ...fields }) => {
      await command(
        state,
        commandLabel('Edit theme {{name}}', { name: findTheme(doc(), id).name }),
        (d) => updateTheme(d, id, fields),
      );
      return themeView(id);
    },

    mergeThemes: async ({ fromId, intoId }) => {
      const label = commandLabel('Merge {{from}} into {{into}}', {
        from: findTheme(doc(), fromId).name,
        into: findTheme(doc(), intoId).name,
      });
      return (await command(state, label, (d) => mergeThemes(d, fromId, intoId))).history;
    },

    deleteTheme: async ({ id }) => {
      const label = commandLabel('Delete theme {{name}}', { name: findTheme(doc(), id).name });
      return (await command(state, label, (d) => deleteTheme(d, id))).history;
    },

    listHighlights: async ({ sourceId }) =>
      sourceHighlightViews(state, findSource(state, sourceId)),

    createHighlight,

    updateHighlight: async ({ id, ...fields }) => {
      const { sourceId } = highlightOf(id);
      const label = commandLabel(
        fields.themeIds ? 'Change highlight themes' : 'Edit highlight note',
      );
      const scope = { highlights: [id], sources: [sourceId], themes: true };
      await commandWithin(state, label, scope, (d) => updateHighlight(d, id, fields));
      return highlightView(id);
    },

    deleteHighlight: async ({ id }) => {
      const { sourceId } = highlightOf(id);
      const scope = { highlights: [id], sources: [sourceId] };
      return commandWithin(state, commandLabel('Delete highlight'), scope, (d) =>
        deleteHighlight(d, id),
      );
    },

    listSuggestions: async ({ sourceId }) => {
      const source = findSource(state, sourceId);
      const text = await sourceText(state, source);
      return findSuggestions(
        source,
        text,
        doc().themes,
        doc().highlights,
        doc().dismissedSuggestions,
        state.rules.folder,
      );
    },

    acceptSuggestion: async ({ sourceId, passageId, themeId }) => {
      const source = findSource(state, sourceId);
      const passage = source.passages.find((p) => p.id === passageId);
      if (!passage) throw new ArchiveError('NOT_FOUND', `No passage ${passageId} in this source.`);
      // The sentence that holds the cue, not the whole paragraph: that is what a brief quotes.
      const text = await sourceText(state, source);
      const [cue] = findSuggestions(
        { ...source, passages: [passage] },
        text,
        [findTheme(doc(), themeId)],
        [],
        [],
        state.rules.folder,
      );
      const span = cue?.sentence ?? passage;
      return createHighlight({ sourceId, start: span.start, end: span.end, themeIds: [themeId] });
    },

    dismissSuggestion: async (ref) => {
      findSource(state, ref.sourceId);
      findTheme(doc(), ref.themeId);
      const label = commandLabel('Dismiss {{theme}} suggestion', {
        theme: findTheme(doc(), ref.themeId).name,
      });
      return (
        await command(state, label, (d) => ({
          ...d,
          dismissedSuggestions: [...d.dismissedSuggestions, ref],
        }))
      ).history;
    },

    themePassages: async ({ themeId }) => {
      findTheme(doc(), themeId);
      const groups = new Map<string, ReturnType<typeof toHighlightView>[]>();
      const signed = await highlightSignatures(state.files.dir);
      for (const h of highlightsUnder(doc(), themeId)) {
        const list = groups.get(h.sourceId) ?? [];
        // Quotes come from the highlights themselves: no source text needs reading.
        list.push(toHighlightView(h, null, signed));
        groups.set(h.sourceId, list);
      }
      return doc()
        .sources.filter((s) => groups.has(s.id))
        .map((s) => ({
          sourceId: s.id,
          sourceTitle: s.title,
          highlights: groups
            .get(s.id)!
            .sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
            .map((h) => ({ ...h, place: passagePlace(s.passages, h.start, s.chapters) })),
        }));
    },

    themeMatrix: async () => {
      const matrix = themeMatrix(doc());
      const byId = new Map(doc().sources.map((s) => [s.id, s]));
      const themes = new Map(doc().themes.map((t) => [t.id, t]));
      return {
        sources: matrix.sourceIds.map((id) => ({ id, title: byId.get(id)!.title })),
        themes: matrix.themeIds.map((id) => {
          const t = themes.get(id)!;
          return { id, name: t.name, color: t.color };
        }),
        counts: matrix.counts,
      };
    },

    undo: async () => {
      const done = await history.undo();
      return { ...history.state(), done: done && labelText(done), doneCommand: done };
    },

    redo: async () => {
      const done = await history.redo();
      return { ...history.state(), done: done && labelText(done), doneCommand: done };
    },

    historyState: async () => history.state(),
  };
}
