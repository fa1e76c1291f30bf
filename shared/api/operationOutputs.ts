import type { BriefDefinition } from '../model/brief';
import type { SourceCollection } from '../model/sourceCollection';
import type { LibraryChanges } from '../history/libraryChanges';
import type { CommandLabel } from '../history/commandLabels';
import type {
  AutoExportState,
  Bibliography,
  BriefView,
  Citation,
  CodebookImportReport,
  CodebookState,
  ExportedFile,
  HighlightView,
  HistoryState,
  ImportReport,
  LibraryCheckReport,
  LibraryHealth,
  ProjectImportOutcome,
  ReimportReport,
  SearchResults,
  SourceDetail,
  SourceSummary,
  StyleEntry,
  SuggestionView,
  ThemeMatrixView,
  ThemePassageGroup,
  ThemeView,
} from './types';
import type { AgreementView, SyncConflict, SyncStatus } from './syncTypes';

/** What each operation answers with, by name. */
export interface OperationOutputs {
  listSources: SourceSummary[];
  getSource: SourceDetail;
  importFiles: ImportReport;
  search: SearchResults;
  setSourceNote: HistoryState;
  setSourceMetadata: HistoryState;
  refreshCitationKey: HistoryState;
  /** The key, which now stays as it is. */
  noteKeyUse: { key: string | null };
  reimportSource: ReimportReport;
  listThemes: ThemeView[];
  createTheme: ThemeView;
  updateTheme: ThemeView;
  mergeThemes: HistoryState;
  deleteTheme: HistoryState;
  codebookState: CodebookState;
  startCodebook: HistoryState;
  importCodebook: CodebookImportReport;
  exportCodebook: ExportedFile;
  importProject: ProjectImportOutcome;
  /** The project as a .qdpx zip; `count` is how many highlights it holds. */
  exportProject: ExportedFile;
  addCuePack: HistoryState;
  setWriterRules: CodebookState;
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
  /** done: what was undone, in English; doneCommand: the same for the window to word. */
  undo: HistoryState & { done: string | null; doneCommand: CommandLabel | null };
  redo: HistoryState & { done: string | null; doneCommand: CommandLabel | null };
  historyState: HistoryState;
  cite: Citation;
  bibliography: Bibliography;
  exportBibliography: ExportedFile;
  /**
   * The draft with its citations made, how many, and the keys the library does not have; a
   * Word draft comes as `dataBase64`, with `text` its Markdown rendition.
   */
  renderDraft: { text: string; citations: number; unknownKeys: string[]; dataBase64?: string };
  syncStatus: SyncStatus;
  /** Between the two given writers (by key), or the two who tagged most. */
  agreement: AgreementView;
  /** Fields concurrent edits left with more than one value, in a fixed order. */
  syncConflicts: SyncConflict[];
  /** The conflicts left after one is settled with the value chosen. */
  resolveSyncConflict: SyncConflict[];
  listAutoExports: AutoExportState;
  /** The kept files after adding one, and how many entries it was first written with. */
  addAutoExport: AutoExportState & { count: number };
  removeAutoExport: AutoExportState;
  /** The Word draft with its citations made (footnotes: how many new Word footnotes). */
  renderWordDraft: { dataBase64: string; citations: number; unknownKeys: string[]; notes: number };
  makeBrief: BriefView;
  exportBrief: ExportedFile;
  saveBrief: BriefDefinition;
  listBriefs: BriefDefinition[];
  deleteBrief: HistoryState;
  listCollections: SourceCollection[];
  saveCollection: SourceCollection;
  deleteCollection: HistoryState;
  listStyles: StyleEntry[];
  /** The CSL locales citations can be made in, and the one the library cites in. */
  citationLocales: { chosen: string | null; locales: { tag: string; label: string }[] };
  addStyle: StyleEntry;
  changesSince: LibraryChanges;
  libraryHealth: LibraryHealth;
  checkLibrary: LibraryCheckReport;
  /** The browsers whose extension may save pages here, and until when a pairing code is open. */
  captureBrowsers: {
    browsers: { id: string; name: string; pairedAt: string }[];
    pairingUntil: string | null;
  };
  /** A one-time code for the extension's popup. */
  pairBrowser: { code: string; expiresAt: string };
  revokeBrowser: { revoked: string };
}
