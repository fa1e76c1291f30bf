import type { SourceRecord } from '../../../shared/model/source';
import type { CslItem } from './exchangeFormats';
import type { ArchiveHandlers } from '../../../shared/api/contract';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import { ImportRefused } from '../import/importRefused';
import { toCslItem } from '../../../shared/cite/cslItem';
import { keyOf } from '../../../shared/cite/citationKeys';
import { parseLocator } from '../../../shared/cite/locator';
import { passagePlace, placeLocator } from '../../../shared/cite/passagePlace';
import { missingFields } from '../../../shared/cite/missingFields';
import { bibliographyAs, bibliographyFiles } from '../../../shared/cite/bibliographyOutput';
import { addStyle, listStyles, resolveStyle } from './addedStyles';
import { localeNames } from './cslLocale';
import { localeLabel } from '../../../shared/cite/citationLocale';
import { findSource, sourceText, type ArchiveState } from '../archive/archiveState';
import type { DraftEngine } from '../../../shared/cite/citeDraft';
import { dated, recordKeyUse } from './keyUses';

/** The bibliography formats that carry citation keys, as a use of a key is named. */
const KEYED_FORMATS: Partial<Record<string, string>> = {
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
  ris: 'RIS',
};

export type CitationHandlers = Pick<
  ArchiveHandlers,
  | 'cite'
  | 'bibliography'
  | 'exportBibliography'
  | 'listStyles'
  | 'citationLocales'
  | 'addStyle'
  | 'renderDraft'
  | 'renderWordDraft'
>;

/** The article a comment was posted under, whose details its citation names. */
function parentOf(
  state: Pick<ArchiveState, 'store'>,
  source: SourceRecord,
): SourceRecord | undefined {
  return source.parentId
    ? state.store.doc.sources.find((s) => s.id === source.parentId)
    : undefined;
}

/** The language to cite in: the one asked for, else the library's (rules.json), else none. */
function citingIn(state: Pick<ArchiveState, 'rules'>, asked: string | undefined): string | null {
  return asked ?? state.rules.current.citationLocale ?? null;
}

/** A draft's keys resolved in the library, and the engine over the sources it cites. */
async function draftBinding(
  state: Pick<ArchiveState, 'files' | 'store' | 'rules'>,
  style: string | { cslXml: string },
  locale: string | undefined,
) {
  const { style: data, locale: lang } = await resolveStyle(
    state.files.styles,
    style,
    citingIn(state, locale),
  );
  const engine = await citationEngine();
  const sources = state.store.doc.sources;
  const byKey = new Map(
    sources.flatMap((s) => {
      const key = keyOf(s);
      return key ? [[key, s] as const] : [];
    }),
  );
  const cited = new Set<string>();
  const resolve = (key: string) => {
    const source = byKey.get(key) ?? sources.find((s) => s.id === key);
    if (source) cited.add(source.id);
    return source;
  };
  return {
    resolve,
    /** The sources the draft's keys named, once it has been cited. */
    cited,
    engineFor: (cited: SourceRecord[]): DraftEngine => {
      const items = cited.map((s) => toCslItem(s, parentOf(state, s)));
      return {
        note: engine.isNoteStyle(data, lang),
        sequence: (cites, narrative) =>
          engine.formatCitationSequence(data, lang, items, cites, 'html', narrative).citations,
        bibliography: () =>
          items.length
            ? engine.formatBibliography(data, lang, items).entries.map((e) => e.html)
            : [],
      };
    },
  };
}

// citeproc-js and docx are large: they load with the first citation or Word export, not at start.
const citationEngine = () => import('../../../shared/cite/formatCitation');

export function citationHandlers(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'rules' | 'now'>,
): CitationHandlers {
  const handlers: CitationHandlers = {
    cite: async ({ sourceId, style, form, passageId, locator, locale: asked }) => {
      const source = findSource(state, sourceId);
      const item = toCslItem(source, parentOf(state, source));
      let quote: string | undefined;
      let at = locator ? parseLocator(locator) : undefined;
      if (passageId) {
        const index = source.passages.findIndex((p) => p.id === passageId);
        if (index < 0)
          throw new ArchiveError(
            'NOT_FOUND',
            errorWords('No passage {{passage}} in “{{title}}”.', {
              passage: passageId,
              title: source.title,
            }),
          );
        const passage = source.passages[index]!;
        quote = (await sourceText(state, source)).slice(passage.start, passage.end);
        // A page where the source has pages; a book's chapter; else the paragraph, as APA allows.
        const place = passagePlace(source.passages, passage.start, source.chapters);
        at ??= place ? placeLocator(place) : undefined;
      }
      const { style: data, locale } = await resolveStyle(
        state.files.styles,
        style,
        citingIn(state, asked),
      );
      const { formatCitation } = await citationEngine();
      const formatted = formatCitation(
        data,
        locale,
        item,
        form,
        form === 'bibliography' ? undefined : at,
      );
      return {
        ...formatted,
        ...(quote !== undefined ? { quote } : {}),
        missing: missingFields(item),
      };
    },

    listStyles: async () => listStyles(state.files.styles),

    citationLocales: async () => ({
      chosen: state.rules.current.citationLocale ?? null,
      locales: Object.keys(localeNames['language-names']).map((tag) => ({
        tag,
        label: localeLabel(tag, localeNames),
      })),
    }),

    addStyle: async ({ fileName, cslXml }) => addStyle(state.files.styles, fileName, cslXml),

    exportBibliography: async ({ sourceIds, style, format, locale }) => {
      const bibliography = await handlers.bibliography({
        ...(sourceIds ? { sourceIds } : {}),
        style,
        ...(locale ? { locale } : {}),
      });
      const items = bibliography.entries.map((e) => e.csl as CslItem);
      const bytes =
        format === 'docx'
          ? await (await import('./bibliographyDocx')).bibliographyDocx(bibliography)
          : format === 'bibtex'
            ? Buffer.from((await import('./exchangeFormats')).toBibtex(items))
            : format === 'ris'
              ? Buffer.from((await import('./exchangeFormats')).toRis(items))
              : Buffer.from(bibliographyAs(format, bibliography));
      const file = bibliographyFiles[format];
      // These formats carry the keys, which a writer's .bib or Zotero now holds.
      if (KEYED_FORMATS[format])
        await recordKeyUse(
          state,
          bibliography.entries.map((e) => e.sourceId),
          dated(state, 'exported as {{format}} on {{date}}', { format: KEYED_FORMATS[format] }),
        );
      return {
        fileName: `bibliography.${file.extension}`,
        mimeType: file.mimeType,
        dataBase64: bytes.toString('base64'),
        count: bibliography.entries.length,
      };
    },

    renderDraft: async ({ markdown, style, format, title, locale }) => {
      const { citeDraft } = await import('../../../shared/cite/citeDraft');
      const draft = await import('../../../shared/cite/renderDraft');
      const { resolve, engineFor, cited } = await draftBinding(state, style, locale);
      const { doc, citations, unknownKeys } = citeDraft(markdown, resolve, engineFor);
      await recordKeyUse(
        state,
        cited,
        dated(state, 'cited in “{{title}}” on {{date}}', { title: title ?? 'a draft' }),
      );
      if (format === 'docx') {
        const { draftDocx } = await import('./draftDocx');
        const bytes = await draftDocx(markdown, doc, title ?? 'Draft');
        return {
          text: draft.draftAsMarkdown(markdown, doc),
          dataBase64: bytes.toString('base64'),
          citations,
          unknownKeys,
        };
      }
      const { marked } = await import('marked');
      const text =
        format === 'md'
          ? draft.draftAsMarkdown(markdown, doc)
          : draft.draftAsHtml(
              markdown,
              doc,
              (md) => marked.parse(md, { async: false }) as string,
              title ?? 'Draft',
            );
      return { text, citations, unknownKeys };
    },

    renderWordDraft: async ({ dataBase64, style, locale }) => {
      const { renderWordDraft } = await import('./wordDraftFile');
      const { resolve, engineFor, cited } = await draftBinding(state, style, locale);
      let result;
      try {
        result = await renderWordDraft(Buffer.from(dataBase64, 'base64'), resolve, engineFor);
      } catch (error) {
        if (!(error instanceof ImportRefused)) throw error;
        throw new ArchiveError(
          'INVALID_INPUT',
          errorWords('The draft was not read: {{why}}.', { why: error.message }),
        );
      }
      await recordKeyUse(state, cited, dated(state, 'cited in a Word draft on {{date}}'));
      const { bytes, ...counts } = result;
      return { ...counts, dataBase64: bytes.toString('base64') };
    },

    bibliography: async ({ sourceIds, style, locale: asked }) => {
      const sources = sourceIds
        ? sourceIds.map((id) => findSource(state, id))
        : state.store.doc.sources;
      if (sources.length === 0) return { entries: [], hangingIndent: true };
      const { style: data, locale } = await resolveStyle(
        state.files.styles,
        style,
        citingIn(state, asked),
      );
      const items = sources.map((s) => toCslItem(s, parentOf(state, s)));
      const byId = new Map(items.map((i) => [i.id, i]));
      const { formatBibliography } = await citationEngine();
      const result = formatBibliography(data, locale, items);
      return {
        hangingIndent: result.hangingIndent,
        entries: result.entries.map(({ id, text, html, rtf }) => ({
          sourceId: id,
          text,
          html,
          rtf,
          csl: byId.get(id)!,
        })),
      };
    },
  };
  return handlers;
}
