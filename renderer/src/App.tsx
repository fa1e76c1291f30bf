import { useRememberedState } from './common/useRememberedState';
import { ViewBoundary } from './common/ViewBoundary';
import { HealthBanner } from './library/HealthBanner';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../shared/api/types';
import { useApi } from './api/ApiContext';
import { CodebookPane } from './codebook/CodebookPane';
import { useCodebookActions } from './codebook/useCodebookActions';
import { useLibraryVersions } from './common/useLibraryVersions';
import { SyncBadge } from './sync/SyncBadge';
import { cyclePanes } from './common/paneKeys';
import { ImportStatusBar } from './import/ImportStatusBar';
import { reimportLine } from './import/outcomeWords';
import { useFilePickers } from './import/useFilePickers';
import { useImportFiles } from './import/useImportFiles';
import { useWindowDrop } from './import/useWindowDrop';
import { usePasteImport } from './import/usePasteImport';
import { InspectorPane } from './inspector/InspectorPane';
import { LibraryPane } from './library/LibraryPane';
import { SearchPanel } from './search/SearchPanel';
import { isView, type View } from './appView';
import { useLibraryLists } from './library/useLibraryLists';
import { useEntityStore } from './store/entityStore';
import { MainView } from './app/MainView';
import { useOpenSource } from './app/useOpenSource';
import { useHistoryActions } from './app/useHistoryActions';

export function App() {
  const { t } = useTranslation();
  const api = useApi();
  // What changed, pushed by the service as each change is made: each view reads again only its part.
  const store = useEntityStore();
  const { versions, sourceVersion } = useLibraryVersions(api, store);
  const version = versions.library;
  const [themeFilter, setThemeFilter] = useState<string | null>(null);
  const [view, setView] = useRememberedState<View>('dossier:open-view', { kind: 'source' }, isView);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [detailsHidden, setDetailsHidden] = useRememberedState(
    'dossier:details-hidden',
    false,
    (v): v is boolean => typeof v === 'boolean',
  );
  useEffect(() => {
    window.addEventListener('keydown', cyclePanes);
    return () => window.removeEventListener('keydown', cyclePanes);
  }, []);
  const codebookActions = useCodebookActions(setError);

  const toReader = useCallback(() => setView({ kind: 'source' }), [setView]);
  const { selectedId, setSelectedId, source, focus, openVersion, openSource, openHit } =
    useOpenSource(sourceVersion, toReader, setError);

  // The list of sources moves with the sources, and with highlights when it shows a theme's.
  const listVersion = versions.sources + (themeFilter ? versions.highlights : 0);
  const { sources, themes, codebookPending } = useLibraryLists(
    themeFilter,
    listVersion,
    versions.themes,
    setError,
  );

  const onImported = useCallback(
    (outcomes: ImportOutcome[]) => {
      const first = outcomes.find((o) => o.status === 'imported');
      if (first?.status === 'imported') setSelectedId((id) => id ?? first.source.id);
    },
    [setSelectedId],
  );
  const { status, importFiles, cancel, dismiss } = useImportFiles(onImported);
  const paste = usePasteImport(importFiles, setError);
  const dragging = useWindowDrop(importFiles, paste.take);
  const history = useHistoryActions(setNotice, setError);

  const pickers = useFilePickers(importFiles);
  const { pickFiles, pickFolder } = pickers;
  const openTheme = (themeId: string, sourceId: string | null = null) =>
    setView({ kind: 'theme', themeId, sourceId });

  // The inspector belongs to the open source: a theme's passages (from many sources), the
  // matrix, bibliography, brief and codebook take the whole width.
  const readingView = view.kind === 'source';
  const showDetails = readingView && !detailsHidden;

  return (
    <div className={dragging ? 'app is-dragging' : 'app'}>
      <header className="toolbar">
        <h1 className="app-name">{t('Dossier')}</h1>
        {/* Outside these, a control that fails to draw would take the whole window with it. */}
        <ViewBoundary name={t('Search')} inline>
          <SearchPanel
            sources={sources ?? []}
            themes={themes}
            onOpen={openHit}
            closeKey={JSON.stringify(view)}
          />
        </ViewBoundary>
        <ViewBoundary name={t('Sync status')} inline>
          <SyncBadge version={version} onAgreement={() => setView({ kind: 'agreement' })} />
        </ViewBoundary>
        <button type="button" onClick={() => void history('undo')} title={t('Undo (Ctrl+Z)')}>
          {t('Undo')}
        </button>
        <button type="button" onClick={() => void history('redo')} title={t('Redo (Shift+Ctrl+Z)')}>
          {t('Redo')}
        </button>
        <button
          type="button"
          aria-pressed={view.kind === 'matrix'}
          onClick={() => setView(view.kind === 'matrix' ? { kind: 'source' } : { kind: 'matrix' })}
        >
          {t('Matrix')}
        </button>
        <button
          type="button"
          aria-pressed={view.kind === 'bibliography'}
          onClick={() =>
            setView(view.kind === 'bibliography' ? { kind: 'source' } : { kind: 'bibliography' })
          }
        >
          {t('Bibliography')}
        </button>
        <button
          type="button"
          aria-pressed={view.kind === 'brief'}
          onClick={() => setView(view.kind === 'brief' ? { kind: 'source' } : { kind: 'brief' })}
        >
          {t('Brief')}
        </button>
        {/* Always there, so no button moves under the pointer when a view has no details. */}
        <button
          type="button"
          aria-pressed={showDetails}
          disabled={!readingView}
          title={
            readingView
              ? t('Show or hide the details of the open source')
              : t('This view has no details beside it')
          }
          onClick={() => setDetailsHidden(!detailsHidden)}
        >
          {t('Details')}
        </button>
        <button type="button" onClick={pickFiles} disabled={status.busy}>
          {t('Import…')}
        </button>
        <button type="button" onClick={pickFolder} disabled={status.busy}>
          {t('Import folder…')}
        </button>
        <button
          type="button"
          onClick={() => void paste.pasteNow()}
          disabled={status.busy}
          title={t('Import the page or text on the clipboard (Ctrl+V anywhere outside a field)')}
        >
          {t('Paste')}
        </button>
        {pickers.inputs}
      </header>
      {error && (
        <div className="error-bar" role="alert">
          {error}
          <button type="button" className="link" onClick={() => setError(null)}>
            {t('Dismiss')}
          </button>
        </div>
      )}
      <HealthBanner />
      <div className={showDetails ? 'panes' : 'panes no-details'}>
        <ViewBoundary name={t('The library')}>
          <LibraryPane
            sources={sources ?? []}
            themes={themes}
            themeFilter={themeFilter}
            onThemeFilter={setThemeFilter}
            selectedId={selectedId}
            onSelect={(id) => openSource(id)}
            codebookPending={codebookPending}
            codebook={
              <CodebookPane
                themes={themes}
                onError={setError}
                onOpenTheme={openTheme}
                onEditTheme={(themeId) =>
                  setView({ kind: 'theme', themeId, sourceId: null, editing: true })
                }
                pending={codebookPending}
                onOpenCodebook={() => setView({ kind: 'codebook' })}
              />
            }
          />
        </ViewBoundary>
        <ViewBoundary name={t('This view')} resetKey={`${view.kind}:${selectedId ?? ''}`}>
          <MainView
            view={view}
            setView={setView}
            version={version}
            // Suggestions move with the source and with the codebook's cues.
            readerVersion={openVersion + versions.themes}
            sources={sources}
            themes={themes}
            themeFilter={themeFilter}
            source={source}
            focus={focus}
            codebookPending={codebookPending}
            codebookActions={codebookActions}
            pickFiles={pickFiles}
            openSource={openSource}
            openTheme={openTheme}
            onError={setError}
          />
        </ViewBoundary>
        {showDetails && (
          <ViewBoundary name={t('The inspector')} resetKey={selectedId}>
            <InspectorPane
              source={source}
              focusedPassageId={focus?.sourceId === source?.id ? (focus?.passageId ?? null) : null}
              version={openVersion}
              onSaveNote={(note) =>
                source &&
                void api
                  .setSourceNote({ sourceId: source.id, note })
                  .then((r) => !r.ok && setError(r.error.message))
              }
              onReimport={(putBack) =>
                source &&
                void api.reimportSource({ sourceId: source.id, ...putBack }).then((r) => {
                  if (!r.ok) return setError(r.error.message);
                  setNotice(reimportLine(t, r.value));
                })
              }
              onSaveMetadata={(metadata) =>
                source &&
                void api
                  .setSourceMetadata({ sourceId: source.id, metadata })
                  .then((r) => !r.ok && setError(r.error.message))
              }
            />
          </ViewBoundary>
        )}
      </div>
      <ImportStatusBar status={status} onCancel={cancel} onDismiss={dismiss} />
      {notice && (
        <div className="notice" role="status" onAnimationEnd={() => setNotice(null)}>
          {notice}
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('Drop to import')}
        </div>
      )}
    </div>
  );
}
