/**
 * Every operation of the contract, by name. Kept apart from the schemas so the preload can list
 * the operations without bundling zod into a sandboxed script.
 */
export const operationNames = [
  'listSources',
  'getSource',
  'importFiles',
  'search',
  'setSourceNote',
  'setSourceMetadata',
  'refreshCitationKey',
  'noteKeyUse',
  'reimportSource',
  'listThemes',
  'createTheme',
  'updateTheme',
  'mergeThemes',
  'deleteTheme',
  'codebookState',
  'startCodebook',
  'importCodebook',
  'exportCodebook',
  'importProject',
  'exportProject',
  'addCuePack',
  'setWriterRules',
  'listHighlights',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'listSuggestions',
  'acceptSuggestion',
  'dismissSuggestion',
  'themePassages',
  'themeMatrix',
  'undo',
  'redo',
  'historyState',
  'cite',
  'bibliography',
  'exportBibliography',
  'renderDraft',
  'renderWordDraft',
  'syncStatus',
  'syncConflicts',
  'agreement',
  'resolveSyncConflict',
  'listAutoExports',
  'addAutoExport',
  'removeAutoExport',
  'listStyles',
  'citationLocales',
  'addStyle',
  'makeBrief',
  'exportBrief',
  'saveBrief',
  'listBriefs',
  'deleteBrief',
  'listCollections',
  'saveCollection',
  'deleteCollection',
  'changesSince',
  'libraryHealth',
  'checkLibrary',
  'captureBrowsers',
  'pairBrowser',
  'revokeBrowser',
] as const;

export type OperationName = (typeof operationNames)[number];

/** The IPC channel of an operation: one per operation, never a generic one. */
export function ipcChannel(name: OperationName): string {
  return `dossier:${name}`;
}

/** The one channel the service's events (serviceEvents.ts) reach the window on. */
export const EVENTS_CHANNEL = 'dossier:events';
