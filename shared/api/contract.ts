import { z } from 'zod';
import { MAX_FILE_BYTES } from '../import/formats';
import type { BriefDefinition } from '../model/brief';
import type { SourceCollection } from '../model/sourceCollection';
import { cslItemSchema } from '../model/cslSchema';
import { parseDateRange } from '../search/query/dateRange';
import type { ErrorCode, Result } from './errors';
import type { OperationName } from './operationNames';
import type {
  Bibliography,
  ExportedFile,
  Citation,
  HighlightView,
  HistoryState,
  ImportReport,
  ReimportReport,
  BriefView,
  StyleEntry,
  SearchResults,
  SourceDetail,
  SourceSummary,
  SuggestionView,
  ThemeMatrixView,
  ThemePassageGroup,
  ThemeView,
} from './types';

const sourceId = z.string().min(1).max(200);
const id = z.string().min(1).max(200);
const noInput = z.object({}).strict();
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
const note = z.string().max(20_000);
const themeFields = {
  name: z.string().min(1).max(120),
  color,
  description: z.string().max(1000),
  parentId: id.nullable(),
  cues: z.array(z.string().min(1).max(120)).max(200),
};
/** A style by name: built in, or added to the library from a .csl file. */
const namedStyle = z.union([
  z.enum(['apa', 'chicago-note', 'chicago-author-date']),
  z.string().regex(/^added:[0-9a-f]{12}$/, 'an added style is added:<12 hex digits>'),
]);
const style = z.union([
  namedStyle,
  z.object({ cslXml: z.string().min(1).max(2_000_000) }).strict(),
]);
const suggestionRef = z.object({ sourceId, passageId: id, themeId: id }).strict();
const filterValues = z.array(z.string().min(1).max(200)).max(20);

const briefRequest = {
  title: z.string().max(300).optional(),
  themeIds: z.array(id).min(1).max(20),
  sourceIds: z.array(sourceId).min(1).max(10_000).optional(),
  /** A saved collection's sources, when no sourceIds are given. */
  collectionId: id.optional(),
  // Saved with the brief, so by name: a .csl file is added to the library first.
  style: namedStyle,
  order: z.enum(['date', 'title', 'chosen']),
  figureEdits: z
    .record(
      z.string().max(300),
      z
        .object({ dropped: z.boolean(), counts: z.string().min(1).max(100) })
        .partial()
        .strict(),
    )
    .optional(),
};

/**
 * The one table of operations: each has its input schema, checked at every boundary, and the
 * error codes it may answer with besides INVALID_INPUT and INTERNAL.
 */
export const operations = {
  listSources: {
    input: z.object({ theme: id.optional() }).strict(),
    errors: ['NOT_FOUND'],
  },
  getSource: {
    input: z.object({ id: sourceId }).strict(),
    errors: ['NOT_FOUND'],
  },
  importFiles: {
    input: z
      .object({
        files: z
          .array(
            z
              .object({
                name: z.string().min(1).max(1024),
                // base64 travels through IPC, HTTP and JSON alike.
                dataBase64: z
                  .string()
                  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'a file may be at most 50 MB'),
              })
              .strict(),
          )
          .min(1)
          .max(500),
      })
      .strict(),
    errors: [],
  },
  search: {
    input: z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(500).optional(),
        filters: z
          .object({
            theme: filterValues,
            type: filterValues,
            source: filterValues,
            date: z
              .array(
                z
                  .string()
                  .max(30)
                  .refine(
                    (v) => parseDateRange(v) !== null,
                    'a date is YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO',
                  ),
              )
              .max(20),
          })
          .partial()
          .strict()
          .optional(),
      })
      .strict(),
    errors: [],
  },
  setSourceNote: { input: z.object({ sourceId, note }).strict(), errors: ['NOT_FOUND'] },
  reimportSource: {
    input: z.object({ sourceId }).strict(),
    errors: ['NOT_FOUND', 'LIBRARY_UNREADABLE'],
  },
  setSourceMetadata: {
    input: z
      .object({
        sourceId,
        metadata: cslItemSchema.refine(
          (m) => JSON.stringify(m).length <= 100_000,
          'the details of a source may be at most 100,000 characters',
        ),
      })
      .strict(),
    errors: ['NOT_FOUND'],
  },
  listThemes: { input: noInput, errors: [] },
  createTheme: {
    input: z.object(themeFields).partial().extend({ name: themeFields.name }).strict(),
    errors: ['NOT_FOUND'],
  },
  updateTheme: {
    input: z.object({ id }).extend(z.object(themeFields).partial().shape).strict(),
    errors: ['NOT_FOUND'],
  },
  mergeThemes: { input: z.object({ fromId: id, intoId: id }).strict(), errors: ['NOT_FOUND'] },
  deleteTheme: { input: z.object({ id }).strict(), errors: ['NOT_FOUND'] },
  listHighlights: { input: z.object({ sourceId }).strict(), errors: ['NOT_FOUND'] },
  createHighlight: {
    input: z
      .object({
        sourceId,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        themeIds: z.array(id).min(1).max(50),
        note: note.optional(),
      })
      .strict(),
    errors: ['NOT_FOUND'],
  },
  updateHighlight: {
    input: z
      .object({ id, themeIds: z.array(id).min(1).max(50).optional(), note: note.optional() })
      .strict(),
    errors: ['NOT_FOUND'],
  },
  deleteHighlight: { input: z.object({ id }).strict(), errors: ['NOT_FOUND'] },
  listSuggestions: { input: z.object({ sourceId }).strict(), errors: ['NOT_FOUND'] },
  acceptSuggestion: { input: suggestionRef, errors: ['NOT_FOUND'] },
  dismissSuggestion: { input: suggestionRef, errors: ['NOT_FOUND'] },
  themePassages: { input: z.object({ themeId: id }).strict(), errors: ['NOT_FOUND'] },
  themeMatrix: { input: noInput, errors: [] },
  undo: { input: noInput, errors: [] },
  redo: { input: noInput, errors: [] },
  historyState: { input: noInput, errors: [] },
  cite: {
    input: z
      .object({
        sourceId,
        style,
        form: z.enum(['bibliography', 'note', 'short-note', 'in-text']),
        /** The passage quoted: its paragraph number is the locator. */
        passageId: id.optional(),
        /** A locator as a writer types it ("p. 12", "para. 3"); wins over the passage's. */
        locator: z.string().min(1).max(100).optional(),
      })
      .strict(),
    errors: ['NOT_FOUND'],
  },
  bibliography: {
    input: z.object({ sourceIds: z.array(sourceId).max(10_000).optional(), style }).strict(),
    errors: ['NOT_FOUND'],
  },
  makeBrief: { input: z.object(briefRequest).strict(), errors: ['NOT_FOUND'] },
  exportBrief: {
    input: z.object({ ...briefRequest, format: z.enum(['md', 'html', 'docx']) }).strict(),
    errors: ['NOT_FOUND'],
  },
  saveBrief: {
    input: z.object({ id: id.optional(), ...briefRequest }).strict(),
    errors: ['NOT_FOUND'],
  },
  listBriefs: { input: noInput, errors: [] },
  deleteBrief: { input: z.object({ id }).strict(), errors: ['NOT_FOUND'] },
  listCollections: { input: noInput, errors: [] },
  saveCollection: {
    input: z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1).max(200),
        sourceIds: z.array(sourceId).max(10_000),
      })
      .strict(),
    errors: ['NOT_FOUND'],
  },
  deleteCollection: { input: z.object({ id }).strict(), errors: ['NOT_FOUND'] },
  listStyles: { input: noInput, errors: [] },
  addStyle: {
    input: z
      .object({ fileName: z.string().min(1).max(1024), cslXml: z.string().min(1).max(2_000_000) })
      .strict(),
    errors: [],
  },
  exportBibliography: {
    input: z
      .object({
        sourceIds: z.array(sourceId).max(10_000).optional(),
        style,
        format: z.enum(['txt', 'md', 'html', 'rtf', 'csl-json', 'bibtex', 'ris', 'docx']),
      })
      .strict(),
    errors: ['NOT_FOUND'],
  },
} as const satisfies Record<OperationName, { input: z.ZodType; errors: readonly ErrorCode[] }>;

export interface OperationOutputs {
  listSources: SourceSummary[];
  getSource: SourceDetail;
  importFiles: ImportReport;
  search: SearchResults;
  setSourceNote: HistoryState;
  setSourceMetadata: HistoryState;
  reimportSource: ReimportReport;
  listThemes: ThemeView[];
  createTheme: ThemeView;
  updateTheme: ThemeView;
  mergeThemes: HistoryState;
  deleteTheme: HistoryState;
  listHighlights: HighlightView[];
  createHighlight: HighlightView;
  updateHighlight: HighlightView;
  deleteHighlight: HistoryState;
  listSuggestions: SuggestionView[];
  acceptSuggestion: HighlightView;
  dismissSuggestion: HistoryState;
  themePassages: ThemePassageGroup[];
  themeMatrix: ThemeMatrixView;
  /** What was undone or redone (null when there was nothing), and the history after it. */
  undo: HistoryState & { done: string | null };
  redo: HistoryState & { done: string | null };
  historyState: HistoryState;
  cite: Citation;
  bibliography: Bibliography;
  exportBibliography: ExportedFile;
  makeBrief: BriefView;
  exportBrief: ExportedFile;
  saveBrief: BriefDefinition;
  listBriefs: BriefDefinition[];
  deleteBrief: HistoryState;
  listCollections: SourceCollection[];
  saveCollection: SourceCollection;
  deleteCollection: HistoryState;
  listStyles: StyleEntry[];
  addStyle: StyleEntry;
}

export type OperationInput<N extends OperationName> = z.input<(typeof operations)[N]['input']>;
export type ParsedInput<N extends OperationName> = z.output<(typeof operations)[N]['input']>;

/** What the UI and the CLI hold: one method per operation, answering with a Result. */
export type ArchiveApi = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<Result<OperationOutputs[N]>>;
};

/** What the service implements: validated input in, a value out, ArchiveError thrown. */
export type ArchiveHandlers = {
  [N in OperationName]: (input: ParsedInput<N>) => Promise<OperationOutputs[N]>;
};
