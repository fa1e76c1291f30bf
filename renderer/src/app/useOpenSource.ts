import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SourceDetail } from '../../../shared/api/types';
import { sourceInHash } from '../../../shared/capture/deepLink';
import { useApi } from '../api/ApiContext';
import { useWindowEvents } from '../api/useWindowEvents';
import { useRememberedState } from '../common/useRememberedState';
import type { PassageFocus } from '../reader/ReaderPane';
import { putHighlights } from '../store/entities';
import { useEntityStore } from '../store/entityStore';

/**
 * The source the writer reads: which one (remembered across a reload or restart), its text and
 * details as last read (read again when `version` moves; its highlights go into the store), the
 * passage to bring into view, and the ways to open one: from the list, a search hit, or a link
 * ("Open in Dossier") at start or while the window is open.
 */
export function useOpenSource(
  version: (id: string | null) => number,
  onOpened: () => void,
  onError: (message: string) => void,
) {
  const { t } = useTranslation();
  const api = useApi();
  const store = useEntityStore();
  const [selectedId, setSelectedId] = useRememberedState<string | null>(
    'dossier:open-source',
    null,
    (v): v is string | null => v === null || typeof v === 'string',
  );
  const [loaded, setLoaded] = useState<SourceDetail | null>(null);
  const source = loaded && loaded.id === selectedId ? loaded : null;
  const [focus, setFocus] = useState<PassageFocus | null>(null);
  const openVersion = version(selectedId);

  useEffect(() => {
    if (!selectedId) return;
    let current = true;
    const asOf = store.asOf;
    void api.getSource({ id: selectedId }).then((result) => {
      if (!current) return;
      if (result.ok) {
        const { id, highlights } = result.value;
        store.update((e) => putHighlights(e, id, highlights, asOf));
        setLoaded(result.value);
      }
      // A remembered source that is gone (deleted, or another library) is simply not reopened.
      else if (result.error.code === 'NOT_FOUND') setSelectedId(null);
      else onError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, store, selectedId, setSelectedId, openVersion, onError]);

  const openSource = useCallback(
    (id: string, focusOn: PassageFocus | null = null) => {
      setSelectedId(id);
      setFocus(focusOn);
      onOpened();
    },
    [setSelectedId, onOpened],
  );

  // "Open in Dossier": a link from the browser extension, at start (the address's hash) or while
  // the window is open (an event). A source this library lacks is said, not silently skipped.
  const openLinked = useCallback(
    (id: string) =>
      void api.getSource({ id }).then((r) => {
        if (r.ok) openSource(id);
        else
          onError(
            t(
              'The link names a source this library does not have ({{id}}): it was made in another library, or the source was deleted.',
              { id },
            ),
          );
      }),
    [api, openSource, onError, t],
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

  return { selectedId, setSelectedId, source, focus, openVersion, openSource, openHit };
}
