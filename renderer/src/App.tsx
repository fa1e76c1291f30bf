import { useRememberedState } from './common/useRememberedState';
import { wordingText } from './i18n/wordingText';
import { ViewBoundary } from './common/ViewBoundary';
import { HealthBanner } from './library/HealthBanner';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome, SearchHit, SourceDetail } from '../../shared/api/types';
import { useApi } from './api/ApiContext';
import { BibliographyView } from './cite/BibliographyView';
import { CodebookPane } from './codebook/CodebookPane';
import { CodebookStart } from './codebook/CodebookStart';
import { CodebookView } from './codebook/CodebookView';
import { useCodebookActions } from './codebook/useCodebookActions';
import { useLibraryVersions } from './common/useLibraryVersions';
import { SyncBadge } from './sync/SyncBadge';
import { AgreementView } from './sync/AgreementView';
import { cyclePanes } from './common/paneKeys';
import { useUndoKeys } from './history/useUndoKeys';
import { BriefView } from './brief/BriefView';
import { ImportStatusBar } from './import/ImportStatusBar';
import { reimportLine } from './import/outcomeWords';
import { sourceInHash } from '../../shared/capture/deepLink';
import { useWindowEvents } from './api/useWindowEvents';
import { useFilePickers } from './import/useFilePickers';
import { useImportFiles } from './import/useImportFiles';
import { useWindowDrop } from './import/useWindowDrop';
import { usePasteImport } from './import/usePasteImport';
import { InspectorPane } from './inspector/InspectorPane';
import { LibraryPane } from './library/LibraryPane';
import { ReaderPane, type PassageFocus } from './reader/ReaderPane';
import { SearchPanel } from './search/SearchPanel';
import { ThemeMatrix } from './themes/ThemeMatrix';
import { ThemePassagesView } from './themes/ThemePassagesView';
import { Welcome } from './welcome/Welcome';
import { isView, type View } from './appView';
import { useLibraryLists } from './library/useLibraryLists';

export function App() {
  const { t } = useTranslation();
  const api = useApi();
  // What changed, pushed by the service as each change is made: each view reads again only its part.
  const { versions, sourceVersion } = useLibraryVersions(api);
  const version = versions.library;
  const [themeFilter, setThemeFilter] = useState<string | null>(null);
  // The open source and view survive a reload or a restart of the window.
  const [selectedId, setSelectedId] = useRememberedState<string | null>(
    'dossier:open-source',
    null,
    (v): v is string | null => v === null || typeof v === 'string',
  );
  const [loaded, setLoaded] = useState<SourceDetail | null>(null);
  const source = loaded && loaded.id === selectedId ? loaded : null;
  const [focus, setFocus] = useState<PassageFocus | null>(null);
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

  // The list of sources moves with the sources, and with highlights when it shows a theme's.
  const listVersion = versions.sources + (themeFilter ? versions.highlights : 0);
  const openVersion = sourceVersion(selectedId);

  const { sources, themes, codebookPending } = useLibraryLists(
    themeFilter,
    listVersion,
    versions.themes,
    setError,
  );

  useEffect(() => {
    if (!selectedId) return;
    let current = true;
    void api.getSource({ id: selectedId }).then((result) => {
      if (!current) return;
      if (result.ok) setLoaded(result.value);
      // A remembered source that is gone (deleted, or another library) is simply not reopened.
      else if (result.error.code === 'NOT_FOUND') setSelectedId(null);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, selectedId, setSelectedId, openVersion]);

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

  const history = useCallback(
    async (direction: 'undo' | 'redo') => {
      const result = await (direction === 'undo' ? api.undo({}) : api.redo({}));
      if (!result.ok) return setError(result.error.message);
      const done = result.value.doneCommand;
      if (done) {
        // The step in the window's language, the names it carries as the writer wrote them.
        const what = wordingText(done);
        setNotice(
          direction === 'undo' ? t('Undid: {{what}}', { what }) : t('Redid: {{what}}', { what }),
        );
      }
    },
    [api, t],
  );
  useUndoKeys(
    () => void history('undo'),
    () => void history('redo'),
  );

  const openSource = useCallback(
    (id: string, focusOn: PassageFocus | null = null) => {
      setSelectedId(id);
      setFocus(focusOn);
      setView({ kind: 'source' });
    },
    [setSelectedId, setView],
  );

  // "Open in Dossier": a link from the browser extension, at start (the address's hash) or while
  // the window is open (an event). A source this library lacks is said, not silently skipped.
  const openLinked = useCallback(
    (id: string) =>
      void api.getSource({ id }).then((r) => {
        if (r.ok) openSource(id);
        else
          setError(
            t(
              'The link names a source this library does not have ({{id}}): it was made in another library, or the source was deleted.',
              { id },
            ),
          );
      }),
    [api, openSource, t],
  );
  useWindowEvents((event) => event.kind === 'open' && openLinked(event.sourceId));
  useEffect(() => {
    const linked = sourceInHash(window.location.hash);
    if (!linked) return;
    // Read once: a reload later opens what the writer was reading, not the link again.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    openLinked(linked);
  }, [openLinked]);

  const openHit = useCallback(
    (hit: SearchHit) =>
      openSource(
        hit.sourceId,
        hit.passageId === null
          ? null
          : {
              sourceId: hit.sourceId,
              passageId: hit.passageId,
              marks: hit.marks,
              // A caption hit marks the caption, not the paragraph the caption stands before.
              ...(hit.field === 'caption' ? { caption: hit.text } : {}),
            },
      ),
    [openSource],
  );

  const pickers = useFilePickers(importFiles);
  const { pickFiles, pickFolder } = pickers;
  const openTheme = (themeId: string, sourceId: string | null = null) =>
    setView({ kind: 'theme', themeId, sourceId });
  const viewedTheme = view.kind === 'theme' ? themes.find((t) => t.id === view.themeId) : undefined;

  const main = () => {
    if (view.kind === 'matrix') return <ThemeMatrix version={version} onOpenCell={openTheme} />;
    if (view.kind === 'agreement')
      return (
        <AgreementView
          version={version}
          onOpenPassage={(sourceId, passageId) =>
            openSource(sourceId, { sourceId, passageId, marks: [] })
          }
        />
      );
    if (view.kind === 'codebook')
      return (
        <CodebookView
          version={version}
          onError={setError}
          onAgreement={() => setView({ kind: 'agreement' })}
        />
      );
    if (view.kind === 'brief') {
      return (
        <BriefView themes={themes} sources={sources ?? []} version={version} onError={setError} />
      );
    }
    if (view.kind === 'bibliography') {
      return (
        <BibliographyView
          sourceIds={themeFilter && sources ? sources.map((s) => s.id) : null}
          version={version}
        />
      );
    }
    if (viewedTheme && view.kind === 'theme') {
      return (
        <ThemePassagesView
          theme={viewedTheme}
          themes={themes}
          sources={sources ?? []}
          sourceId={view.sourceId}
          editing={view.editing === true}
          onEditing={(editing) => setView({ ...view, editing })}
          onError={setError}
          onGone={() => setView({ kind: 'source' })}
          version={version}
          // By offset: the reader finds the passage in the source it opens, whichever was open.
          onOpenSource={(id, start) =>
            openSource(id, start === null ? null : { sourceId: id, offset: start, marks: [] })
          }
        />
      );
    }
    if (sources !== null && sources.length === 0 && themeFilter === null)
      return (
        <Welcome
          onImport={pickFiles}
          codebook={
            codebookPending ? (
              <CodebookStart
                onGeneral={() => void codebookActions.start('general')}
                onEmpty={() => void codebookActions.start('empty')}
                onFile={(file) => void codebookActions.readFile(file, true)}
              />
            ) : null
          }
        />
      );
    if (source) {
      return (
        <ReaderPane
          source={source}
          focus={focus?.sourceId === source.id ? focus : null}
          themes={themes}
          // Suggestions move with the source and with the codebook's cues.
          version={openVersion + versions.themes}
          onError={setError}
          onOpenSource={(id) => openSource(id)}
        />
      );
    }
    return (
      <main className="pane reader empty" aria-label={t('Reader')}>
        <p className="muted">{t('Choose a source from the library, or search with Ctrl+K.')}</p>
      </main>
    );
  };

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
          {main()}
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
