import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOutcome, SearchHit, SourceDetail, SourceSummary } from '../../shared/api/types';
import { useApi } from './api/ApiContext';
import { ImportStatusBar } from './import/ImportStatusBar';
import { useImportFiles } from './import/useImportFiles';
import { useWindowDrop } from './import/useWindowDrop';
import { InspectorPane } from './inspector/InspectorPane';
import { LibraryPane } from './library/LibraryPane';
import { ReaderPane, type PassageFocus } from './reader/ReaderPane';
import { SearchPanel } from './search/SearchPanel';
import { Welcome } from './welcome/Welcome';

export function App() {
  const api = useApi();
  const fileInput = useRef<HTMLInputElement>(null);
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<SourceDetail | null>(null);
  const source = loaded && loaded.id === selectedId ? loaded : null;
  const [focus, setFocus] = useState<PassageFocus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      api.listSources({}).then((result) => {
        if (result.ok) setSources(result.value);
        else setError(result.error.message);
      }),
    [api],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!selectedId) return;
    let current = true;
    void api.getSource({ id: selectedId }).then((result) => {
      if (!current) return;
      if (result.ok) setLoaded(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, selectedId]);

  const onImported = useCallback(
    (outcomes: ImportOutcome[]) => {
      void refresh();
      const first = outcomes.find((o) => o.status === 'imported');
      if (first?.status === 'imported') setSelectedId((id) => id ?? first.source.id);
    },
    [refresh],
  );
  const { status, importFiles, dismiss } = useImportFiles(onImported);
  const dragging = useWindowDrop(importFiles);

  const openHit = useCallback((hit: SearchHit) => {
    setSelectedId(hit.sourceId);
    setFocus(
      hit.passageId === null
        ? null
        : { sourceId: hit.sourceId, passageId: hit.passageId, marks: hit.marks },
    );
  }, []);

  const selectSource = useCallback((id: string) => {
    setSelectedId(id);
    setFocus(null);
  }, []);

  const pickFiles = () => fileInput.current?.click();

  return (
    <div className={dragging ? 'app is-dragging' : 'app'}>
      <header className="toolbar">
        <span className="app-name">Dossier</span>
        <SearchPanel sources={sources ?? []} onOpen={openHit} />
        <button type="button" onClick={pickFiles} disabled={status.busy}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".txt,text/plain"
          hidden
          aria-label="Choose files to import"
          onChange={(e) => {
            void importFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </header>
      {error && (
        <div className="error-bar" role="alert">
          {error}
          <button type="button" className="link" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className="panes">
        <LibraryPane sources={sources ?? []} selectedId={selectedId} onSelect={selectSource} />
        {sources !== null && sources.length === 0 ? (
          <Welcome onImport={pickFiles} />
        ) : source ? (
          <ReaderPane source={source} focus={focus?.sourceId === source.id ? focus : null} />
        ) : (
          <main className="pane reader empty" aria-label="Reader">
            <p className="muted">Choose a source from the library, or search with Ctrl+K.</p>
          </main>
        )}
        <InspectorPane source={source} />
      </div>
      <ImportStatusBar status={status} onDismiss={dismiss} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop to import
        </div>
      )}
    </div>
  );
}
