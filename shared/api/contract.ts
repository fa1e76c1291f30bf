// zod's mini build: the same checks, built in a fraction of the classic API's start-up time,
// which every CLI call and window start pays.
import * as z from 'zod/mini';
import '../model/zodSetup';
import { MAX_FILE_BYTES } from '../import/formats';
import { cslItemSchema } from '../model/cslSchema';
import { parseDateRange } from '../search/query/dateRange';
import { figureOutcomeSchema, phraseListSchema, writerRulesSchema } from '../rules/writerRules';
import type { ErrorCode, Result } from './errors';
import type { OperationName } from './operationNames';
import type { OperationOutputs } from './operationOutputs';

/** A string of min to max characters, with an optional message when it is too long. */
const text = (min: number, max: number, tooLong?: string) =>
  z.string().check(z.minLength(min), z.maxLength(max, tooLong));
/** A list of min to max items. */
const listOf = <T extends z.core.SomeType>(item: T, min: number, max: number) =>
  z.array(item).check(z.minLength(min), z.maxLength(max));
const wholeNumber = (min: number, max?: number) =>
  max === undefined ? z.int().check(z.gte(min)) : z.int().check(z.gte(min), z.lte(max));

const sourceId = text(1, 200);
const id = text(1, 200);
const noInput = z.strictObject({});
const color = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'));
const note = text(0, 20_000);
const themeFields = {
  name: text(1, 120),
  color,
  description: text(0, 1000),
  parentId: z.nullable(id),
  cues: listOf(text(1, 120), 0, 200),
};
/** A style by name: built in, or added to the library from a .csl file. */
const namedStyle = z.union([
  z.enum(['apa', 'chicago-note', 'chicago-author-date']),
  z.string().check(z.regex(/^added:[0-9a-f]{12}$/, 'an added style is added:<12 hex digits>')),
]);
const style = z.union([namedStyle, z.strictObject({ cslXml: text(1, 2_000_000) })]);
const suggestionRef = z.strictObject({ sourceId, passageId: id, themeId: id });
const filterValues = listOf(text(1, 200), 0, 20);

const briefRequest = {
  title: z.optional(text(0, 300)),
  themeIds: listOf(id, 1, 20),
  sourceIds: z.optional(listOf(sourceId, 1, 10_000)),
  /** A saved collection's sources, when no sourceIds are given. */
  collectionId: z.optional(id),
  // Saved with the brief, so by name: a .csl file is added to the library first.
  style: namedStyle,
  order: z.enum(['date', 'title', 'chosen']),
  figureEdits: z.optional(
    z.record(
      text(0, 300),
      z.partial(z.strictObject({ dropped: z.boolean(), counts: text(1, 100) })),
    ),
  ),
};

/**
 * The one table of operations: each has its input schema, checked at every boundary, and the
 * error codes it may answer with besides INVALID_INPUT and INTERNAL. A schema is made when its
 * operation is first called (see `inputSchema`), not when the module loads: a CLI command pays
 * for the one it runs.
 */
export const operations = {
  listSources: {
    input: () => z.strictObject({ theme: z.optional(id) }),
    errors: ['NOT_FOUND'],
  },
  getSource: {
    input: () => z.strictObject({ id: sourceId }),
    errors: ['NOT_FOUND'],
  },
  importFiles: {
    input: () =>
      z.strictObject({
        files: listOf(
          z.strictObject({
            name: text(1, 1024),
            // base64 travels through IPC, HTTP and JSON alike.
            dataBase64: text(0, Math.ceil(MAX_FILE_BYTES / 3) * 4, 'a file may be at most 50 MB'),
          }),
          1,
          500,
        ),
        /** The theme highlights from another reader are tagged with: "Imported highlights" if none. */
        highlightTheme: z.optional(text(1, 200)),
      }),
    errors: [],
  },
  search: {
    input: () =>
      z.strictObject({
        query: text(0, 500),
        limit: z.optional(wholeNumber(1, 500)),
        filters: z.optional(
          z.partial(
            z.strictObject({
              theme: filterValues,
              type: filterValues,
              source: filterValues,
              date: listOf(
                text(0, 30).check(
                  z.refine(
                    (v) => parseDateRange(v) !== null,
                    'a date is YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO',
                  ),
                ),
                0,
                20,
              ),
            }),
          ),
        ),
      }),
    errors: [],
  },
  /** The key the source's details make now, replacing one that stayed because it was used. */
  refreshCitationKey: {
    input: () => z.strictObject({ sourceId }),
    errors: ['NOT_FOUND'],
  },
  /** A key was used outside Dossier (copied as [@key] into a draft): it stops following its details. */
  noteKeyUse: {
    input: () => z.strictObject({ sourceId, use: z.enum(['copied']) }),
    errors: ['NOT_FOUND'],
  },
  setSourceNote: { input: () => z.strictObject({ sourceId, note }), errors: ['NOT_FOUND'] },
  reimportSource: {
    input: () =>
      z.strictObject({
        sourceId,
        keepRemoved: z.optional(z.boolean()),
        keepLines: z.optional(
          z.array(z.string().check(z.maxLength(10_000))).check(z.maxLength(10_000)),
        ),
      }),
    errors: ['NOT_FOUND', 'LIBRARY_UNREADABLE'],
  },
  setSourceMetadata: {
    input: () =>
      z.strictObject({
        sourceId,
        metadata: cslItemSchema.check(
          z.refine(
            (m) => JSON.stringify(m).length <= 100_000,
            'the details of a source may be at most 100,000 characters',
          ),
        ),
      }),
    errors: ['NOT_FOUND'],
  },
  listThemes: { input: () => noInput, errors: [] },
  createTheme: {
    input: () =>
      z.strictObject({ ...z.partial(z.object(themeFields)).shape, name: themeFields.name }),
    errors: ['NOT_FOUND'],
  },
  updateTheme: {
    input: () => z.strictObject({ id, ...z.partial(z.object(themeFields)).shape }),
    errors: ['NOT_FOUND'],
  },
  mergeThemes: { input: () => z.strictObject({ fromId: id, intoId: id }), errors: ['NOT_FOUND'] },
  deleteTheme: { input: () => z.strictObject({ id }), errors: ['NOT_FOUND'] },
  codebookState: { input: () => noInput, errors: [] },
  startCodebook: {
    input: () => z.strictObject({ start: z.enum(['general', 'empty']) }),
    errors: [],
  },
  importCodebook: {
    input: () =>
      z.strictObject({
        name: text(1, 500),
        dataBase64: text(1, Math.ceil(MAX_FILE_BYTES / 3) * 4, 'a file may be at most 50 MB'),
        /** Replace the codebook (keeping themes highlights use) rather than merge into it. */
        replace: z.boolean(),
      }),
    errors: [],
  },
  exportCodebook: { input: () => z.strictObject({ format: z.enum(['csv', 'qdc']) }), errors: [] },
  importProject: {
    input: () =>
      z.strictObject({
        name: text(1, 500),
        dataBase64: text(1, Math.ceil(MAX_FILE_BYTES / 3) * 4, 'a file may be at most 50 MB'),
      }),
    errors: [],
  },
  exportProject: {
    input: () =>
      z.strictObject({ name: z.optional(text(0, 300)), writer: z.optional(text(0, 120)) }),
    errors: [],
  },
  addCuePack: { input: () => z.strictObject({ packId: id }), errors: ['NOT_FOUND'] },
  setWriterRules: {
    input: () =>
      z.strictObject({
        /** Replaces the writer's name aliases. */
        nameAliases: z.optional(writerRulesSchema.shape.nameAliases),
        /** Replaces the figure outcomes; null returns to Dossier's own. */
        outcomes: z.optional(z.nullable(z.array(figureOutcomeSchema).check(z.maxLength(50)))),
        /** Replaces the words kept with a figure's number; null returns to Dossier's own. */
        qualifiers: z.optional(z.nullable(phraseListSchema)),
        /** Replaces the amounts without a single value; null returns to Dossier's own. */
        vagueAmounts: z.optional(z.nullable(phraseListSchema)),
        /** The CSL locale the library cites in ("de-DE"); null returns to each style's own. */
        citationLocale: z.optional(z.nullable(text(2, 40))),
      }),
    errors: ['LIBRARY_UNREADABLE'],
  },
  listHighlights: { input: () => z.strictObject({ sourceId }), errors: ['NOT_FOUND'] },
  createHighlight: {
    input: () =>
      z.strictObject({
        sourceId,
        start: wholeNumber(0),
        end: wholeNumber(1),
        themeIds: listOf(id, 1, 50),
        note: z.optional(note),
      }),
    errors: ['NOT_FOUND'],
  },
  updateHighlight: {
    input: () =>
      z.strictObject({
        id,
        themeIds: z.optional(listOf(id, 1, 50)),
        note: z.optional(note),
      }),
    errors: ['NOT_FOUND'],
  },
  deleteHighlight: { input: () => z.strictObject({ id }), errors: ['NOT_FOUND'] },
  listSuggestions: { input: () => z.strictObject({ sourceId }), errors: ['NOT_FOUND'] },
  acceptSuggestion: { input: () => suggestionRef, errors: ['NOT_FOUND'] },
  dismissSuggestion: { input: () => suggestionRef, errors: ['NOT_FOUND'] },
  themePassages: { input: () => z.strictObject({ themeId: id }), errors: ['NOT_FOUND'] },
  themeMatrix: { input: () => noInput, errors: [] },
  undo: { input: () => noInput, errors: [] },
  redo: { input: () => noInput, errors: [] },
  historyState: { input: () => noInput, errors: [] },
  cite: {
    input: () =>
      z.strictObject({
        sourceId,
        style,
        form: z.enum(['bibliography', 'note', 'short-note', 'in-text']),
        /** The passage quoted: its paragraph number is the locator. */
        passageId: z.optional(id),
        /** A locator as a writer types it ("p. 12", "para. 3"); wins over the passage's. */
        locator: z.optional(text(1, 100)),
        /** A CSL locale ("de-DE", "ru"); absent: the library's, else the style's own. */
        locale: z.optional(text(2, 40)),
      }),
    errors: ['NOT_FOUND'],
  },
  bibliography: {
    input: () =>
      z.strictObject({
        sourceIds: z.optional(listOf(sourceId, 0, 10_000)),
        style,
        /** A CSL locale ("de-DE", "ru"); absent: the library's, else the style's own. */
        locale: z.optional(text(2, 40)),
      }),
    errors: ['NOT_FOUND'],
  },
  renderDraft: {
    input: () =>
      z.strictObject({
        /** A Markdown draft with Pandoc citations ([@key, p. 3]). */
        markdown: text(0, 20_000_000),
        style,
        format: z.enum(['md', 'html', 'docx']),
        title: z.optional(text(1, 500)),
        /** A CSL locale ("de-DE", "ru"); absent: the library's, else the style's own. */
        locale: z.optional(text(2, 40)),
      }),
    errors: ['NOT_FOUND'],
  },
  syncStatus: { input: () => noInput, errors: [] },
  syncConflicts: { input: () => noInput, errors: ['LIBRARY_UNREADABLE'] },
  agreement: {
    input: () => z.strictObject({ first: z.optional(id), second: z.optional(id) }),
    errors: ['NOT_FOUND'],
  },
  resolveSyncConflict: {
    input: () => z.strictObject({ index: wholeNumber(0), choice: wholeNumber(0) }),
    errors: ['NOT_FOUND', 'LIBRARY_UNREADABLE'],
  },
  listAutoExports: { input: () => noInput, errors: ['LIBRARY_UNREADABLE'] },
  addAutoExport: {
    input: () =>
      z.strictObject({
        path: text(1, 4096),
        format: z.enum(['bibtex', 'csl-json', 'ris']),
        collectionId: z.optional(id),
      }),
    errors: ['NOT_FOUND', 'LIBRARY_UNREADABLE'],
  },
  removeAutoExport: {
    input: () => z.strictObject({ path: text(1, 4096) }),
    errors: ['NOT_FOUND', 'LIBRARY_UNREADABLE'],
  },
  renderWordDraft: {
    input: () =>
      z.strictObject({
        /** A .docx draft with Pandoc citation markers typed in it. */
        dataBase64: text(1, Math.ceil(MAX_FILE_BYTES / 3) * 4, 'a file may be at most 50 MB'),
        style,
        /** A CSL locale ("de-DE", "ru"); absent: the library's, else the style's own. */
        locale: z.optional(text(2, 40)),
      }),
    errors: [],
  },
  makeBrief: {
    input: () => z.strictObject({ ...briefRequest, locale: z.optional(text(2, 40)) }),
    errors: ['NOT_FOUND'],
  },
  exportBrief: {
    input: () =>
      z.strictObject({
        ...briefRequest,
        format: z.enum(['md', 'html', 'docx']),
        locale: z.optional(text(2, 40)),
      }),
    errors: ['NOT_FOUND'],
  },
  saveBrief: {
    input: () => z.strictObject({ id: z.optional(id), ...briefRequest }),
    errors: ['NOT_FOUND'],
  },
  listBriefs: { input: () => noInput, errors: [] },
  deleteBrief: { input: () => z.strictObject({ id }), errors: ['NOT_FOUND'] },
  listCollections: { input: () => noInput, errors: [] },
  saveCollection: {
    input: () =>
      z.strictObject({
        id: z.optional(id),
        name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
        sourceIds: listOf(sourceId, 0, 10_000),
      }),
    errors: ['NOT_FOUND'],
  },
  deleteCollection: { input: () => z.strictObject({ id }), errors: ['NOT_FOUND'] },
  listStyles: { input: () => noInput, errors: [] },
  citationLocales: { input: () => noInput, errors: [] },
  addStyle: {
    input: () => z.strictObject({ fileName: text(1, 1024), cslXml: text(1, 2_000_000) }),
    errors: [],
  },
  changesSince: {
    input: () => z.strictObject({ after: wholeNumber(0) }),
    errors: [],
  },
  libraryHealth: { input: () => noInput, errors: [] },
  checkLibrary: { input: () => z.strictObject({ repair: z.boolean() }), errors: [] },
  captureBrowsers: { input: () => noInput, errors: [] },
  pairBrowser: { input: () => noInput, errors: [] },
  revokeBrowser: { input: () => z.strictObject({ id }), errors: ['NOT_FOUND'] },
  exportBibliography: {
    input: () =>
      z.strictObject({
        sourceIds: z.optional(listOf(sourceId, 0, 10_000)),
        style,
        format: z.enum(['txt', 'md', 'html', 'rtf', 'csl-json', 'bibtex', 'ris', 'docx']),
        /** A CSL locale ("de-DE", "ru"); absent: the library's, else the style's own. */
        locale: z.optional(text(2, 40)),
      }),
    errors: ['NOT_FOUND'],
  },
} as const satisfies Record<
  OperationName,
  { input: () => z.ZodMiniType; errors: readonly ErrorCode[] }
>;

export type OperationInput<N extends OperationName> = z.input<
  ReturnType<(typeof operations)[N]['input']>
>;
export type ParsedInput<N extends OperationName> = z.output<
  ReturnType<(typeof operations)[N]['input']>
>;

/** What the UI and the CLI hold: one method per operation, answering with a Result. */
export type ArchiveApi = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<Result<OperationOutputs[N]>>;
};

/** What the service implements: validated input in, a value out, ArchiveError thrown. */
export type ArchiveHandlers = {
  [N in OperationName]: (input: ParsedInput<N>) => Promise<OperationOutputs[N]>;
};

const made = new Map<OperationName, z.ZodMiniType>();

/** An operation's input schema, made on first use and kept. */
export function inputSchema(name: OperationName): z.ZodMiniType {
  let schema = made.get(name);
  if (!schema) {
    schema = operations[name].input();
    made.set(name, schema);
  }
  return schema;
}
