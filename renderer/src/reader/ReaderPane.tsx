import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HighlightView, SourceDetail, ThemeView } from '../../../shared/api/types';
import type { Range } from '../../../shared/search/markRanges';
import { useWriters } from '../sync/useWriters';
import { HighlightPopover } from './HighlightPopover';
import { selectionOffsets } from './selectionOffsets';
import { SelectionToolbar } from './SelectionToolbar';
import { caretKey } from './caretKeys';
import { useDrawnCaret } from './useDrawnCaret';
import { typingIn } from '../common/typingTarget';
import { rememberPosition, restorePosition } from './readingPosition';
import { useSourceTags } from './useSourceTags';
import { useSuggesting } from './useSuggesting';
import { PassageList } from './PassageList';
import { useHighlightCopies } from './useHighlightCopies';
import './reader.css';

/** The passage to scroll to and mark: by id (a search hit) or by an offset in it (a quote). */
export interface PassageFocus {
  sourceId: string;
  passageId?: string;
  offset?: number;
  marks: Range[];
  /** A hit in a figure's caption: the caption's text; the caption is shown and marked. */
  caption?: string;
}

interface Props {
  source: SourceDetail;
  focus: PassageFocus | null;
  themes: ThemeView[];
  version: number;
  onError: (message: string) => void;
  onOpenSource: (id: string) => void;
}

type Floating =
  | { kind: 'toolbar'; at: { x: number; y: number }; start: number; end: number }
  | { kind: 'popover'; anchor: HTMLElement; ids: string[] }
  | null;

/**
 * The open source, read and tagged: its text (PassageList), selection and caret, keys 1–9 to
 * tag, the toolbar over a selection and the popover of a highlight, where the writer was.
 */
export function ReaderPane({ source, focus, themes, version, onError, onOpenSource }: Props) {
  const { t } = useTranslation();
  const pageRef = useRef<HTMLElement>(null);
  const caret = useDrawnCaret(pageRef);
  const writers = useWriters(version);
  const focusedRef = useRef<HTMLElement>(null);
  const [floating, setFloating] = useState<Floating>(null);
  // Stable, so the popover's listeners and focus are set once per opening, not per render.
  const closeFloating = useCallback(() => setFloating(null), []);
  const [suggest, toggleSuggest] = useSuggesting(source.id);
  const tags = useSourceTags(source.id, source.highlights, version, onError, suggest);
  const colors = useMemo(() => new Map(themes.map((t) => [t.id, t.color])), [themes]);
  const placed = useMemo(
    () =>
      tags.highlights.filter(
        (h): h is HighlightView & { start: number; end: number } =>
          !h.orphaned && h.start !== null && h.end !== null,
      ),
    [tags.highlights],
  );
  const orphans = tags.highlights.filter((h) => h.orphaned);

  // Back where the writer was in this source, unless a search or a quote opened a passage.
  const paneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focus && paneRef.current) restorePosition(paneRef.current, source.id);
    // Only on opening a source: later renders keep the writer's own scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source.id]);

  useEffect(() => {
    const element = focusedRef.current;
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [focus, source.id]);

  const tagSelection = (themeId: string, span?: { start: number; end: number }) => {
    const target =
      span ?? (pageRef.current && selectionOffsets(window.getSelection(), pageRef.current));
    if (!target) return;
    void tags.tag(target.start, target.end, [themeId]);
    window.getSelection()?.removeAllRanges();
    setFloating(null);
  };

  // Keys 1–9 tag the current selection with the first nine themes.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !/^[1-9]$/.test(e.key)) return;
      if (typingIn(e.target)) return;
      const theme = themes[Number(e.key) - 1];
      const span = pageRef.current && selectionOffsets(window.getSelection(), pageRef.current);
      if (!theme || !span) return;
      e.preventDefault();
      tagSelection(theme.id, span);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const showToolbar = (at: { x: number; y: number }) => {
    const span = pageRef.current && selectionOffsets(window.getSelection(), pageRef.current);
    if (span) setFloating({ kind: 'toolbar', at, ...span });
    return span !== null;
  };

  /** The toolbar above the selected words, when words are selected. */
  const toolbarAtSelection = () => {
    const range = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
    const rect = range?.getBoundingClientRect();
    return !!rect && showToolbar({ x: rect.left, y: Math.max(8, rect.top - 44) });
  };

  const onMouseUp = (e: React.MouseEvent) => {
    if (toolbarAtSelection()) return;
    const anchor = (e.target as HTMLElement).closest<HTMLElement>('[data-highlights]');
    const ids = anchor?.dataset.highlights;
    if (anchor && ids) setFloating({ kind: 'popover', anchor, ids: ids.split(' ') });
    else if (floating?.kind === 'toolbar') setFloating(null);
  };

  const { citeHighlight, copyMarker } = useHighlightCopies(source);

  return (
    <main
      className="pane reader"
      aria-label={t('Reader')}
      ref={paneRef}
      onScroll={(e) => {
        if (floating?.kind === 'toolbar') setFloating(null);
        rememberPosition(e.currentTarget, source.id);
      }}
    >
      <article
        className="reader-page"
        ref={pageRef}
        onMouseUp={onMouseUp}
        onKeyUp={(e) => e.shiftKey && toolbarAtSelection()}
        // Caret mode: the text takes focus (Tab), arrows move a caret, Shift+arrows select.
        tabIndex={0}
        aria-description={t(
          'Arrow keys move a caret through the text; Shift with arrows selects; keys 1 to 9 tag the selection.',
        )}
        onKeyDown={(e) => {
          if (pageRef.current && caretKey(e, pageRef.current)) {
            e.preventDefault();
            return;
          }
          const anchor = e.target as HTMLElement;
          const ids = anchor.dataset?.highlights;
          if (e.key !== 'Enter' || !ids) return;
          setFloating({ kind: 'popover', anchor, ids: ids.split(' ') });
        }}
        onContextMenu={(e) => {
          if (showToolbar({ x: e.clientX, y: e.clientY })) e.preventDefault();
        }}
      >
        {source.parent && (
          <p className="comment-of">
            {t('Reader comment on')}{' '}
            <button type="button" className="link" onClick={() => onOpenSource(source.parent!.id)}>
              {source.parent.title}
            </button>
          </p>
        )}
        <h1 className="reader-title">{source.title}</h1>
        {source.quotesOf && (
          <p className="muted" role="note">
            {t(
              'The passages you highlighted in this work, from {{tool}}: not its full text. Each is cited by its page where {{tool}} gave one.',
              { tool: source.quotesOf },
            )}
          </p>
        )}
        <div className="reader-tools">
          <button type="button" className="link" aria-pressed={suggest} onClick={toggleSuggest}>
            {suggest ? t('Hide suggested passages') : t('Suggest passages for this source')}
          </button>
        </div>
        {orphans.length > 0 && (
          <p className="orphans" role="note">
            {t('{{count}} highlights whose words are no longer in this text: {{quotes}}', {
              count: orphans.length,
              quotes: orphans.map((h) => `“${h.quote.slice(0, 60)}”`).join(', '),
            })}
          </p>
        )}
        {source.passages.length === 0 && (
          <p className="muted" role="note">
            {source.type === 'reference'
              ? t(
                  'A reference from a bibliographic file: its details are here to cite; it has no text to read or tag.',
                )
              : t('This source has no text.')}
          </p>
        )}
        <PassageList
          source={source}
          focus={focus}
          focusedRef={focusedRef}
          highlights={placed}
          colors={colors}
          suggestions={tags.suggestions}
          themes={themes}
          onAccept={tags.accept}
          onDismiss={tags.dismiss}
          onOpenSource={onOpenSource}
        />
        {caret && (
          <span
            className="reader-caret"
            aria-hidden="true"
            style={{ top: caret.top, left: caret.left, height: caret.height }}
          />
        )}
      </article>
      {floating?.kind === 'toolbar' && (
        <SelectionToolbar
          themes={themes}
          at={floating.at}
          onTag={(themeId) => tagSelection(themeId, floating)}
          onClose={() => setFloating(null)}
        />
      )}
      {floating?.kind === 'popover' && (
        <HighlightPopover
          highlights={tags.highlights.filter((h) => floating.ids.includes(h.id))}
          themes={themes}
          anchor={floating.anchor}
          onSetThemes={(id, themeIds) => void tags.setThemes(id, themeIds)}
          onCite={citeHighlight}
          onCopyMarker={copyMarker}
          writers={writers}
          onSetNote={(id, note) => void tags.setNote(id, note)}
          onDelete={(id) => {
            void tags.remove(id);
            setFloating(null);
          }}
          onClose={closeFloating}
        />
      )}
    </main>
  );
}
