import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { HighlightView, SourceDetail, ThemeView } from '../../../shared/api/types';
import type { Range } from '../../../shared/search/markRanges';
import { useApi } from '../api/ApiContext';
import { useWriters } from '../sync/useWriters';
import { copyAndSay, copyRich } from '../cite/copyRich';
import { pandocMarker } from '../../../shared/cite/pandocCitations';
import { passagePlace } from '../../../shared/cite/passagePlace';
import { quotedCitation } from '../../../shared/cite/quotedCitation';
import { useStyles } from '../cite/StylesContext';
import { MarkedText } from '../search/MarkedText';
import { HighlightPopover } from './HighlightPopover';
import { PassageText } from './PassageText';
import { selectionOffsets } from './selectionOffsets';
import { SelectionToolbar } from './SelectionToolbar';
import { SuggestionBar } from './SuggestionBar';
import { caretKey } from './caretKeys';
import { useDrawnCaret } from './useDrawnCaret';
import { typingIn } from '../common/typingTarget';
import { rememberPosition, restorePosition } from './readingPosition';
import { useSourceTags } from './useSourceTags';
import { useSuggesting } from './useSuggesting';

/** The passage to scroll to and mark: by id (a search hit) or by an offset in it (a quote). */
export interface PassageFocus {
  sourceId: string;
  passageId?: string;
  offset?: number;
  marks: Range[];
  /** A hit in a figure's caption: the caption's text; the caption is shown and marked. */
  caption?: string;
}

function isFocused(
  focus: PassageFocus | null,
  passage: { id: string; start: number; end: number },
): boolean {
  if (!focus || focus.caption !== undefined) return false;
  if (focus.passageId !== undefined) return focus.passageId === passage.id;
  return focus.offset !== undefined && passage.start <= focus.offset && focus.offset < passage.end;
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

/** A figure's caption, set apart from the prose (the image itself was not part of the paste). */
function Figure({
  caption,
  focus,
  focusRef,
}: {
  caption: SourceDetail['captions'][number];
  /** Set when a search hit in this caption opened the source: its marks. */
  focus?: Range[] | undefined;
  focusRef?: Ref<HTMLElement> | undefined;
}) {
  return (
    <figure
      className={focus ? 'caption is-focused' : 'caption'}
      ref={focusRef}
      tabIndex={focus ? -1 : undefined}
    >
      <figcaption>
        {focus ? <MarkedText text={caption.text} marks={focus} /> : caption.text}{' '}
        <span className="credit">{caption.credit}</span>
      </figcaption>
    </figure>
  );
}

export function ReaderPane({ source, focus, themes, version, onError, onOpenSource }: Props) {
  const { t } = useTranslation();
  const pageRef = useRef<HTMLElement>(null);
  const caret = useDrawnCaret(pageRef);
  const api = useApi();
  const writers = useWriters(version);
  const { style } = useStyles();
  const focusedRef = useRef<HTMLElement>(null);
  const captionFocus = (c: SourceDetail['captions'][number]) =>
    focus?.caption !== undefined &&
    focus.caption === c.text &&
    (focus.passageId ?? null) === c.beforePassage
      ? focus.marks
      : undefined;
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
  // Unpaginated text is cited by paragraph number: the reader shows the numbers citations use.
  // A text of quotes from another reader has no paragraph of the work to number.
  const numbered = !source.passages.some((p) => p.page) && !source.quotesOf;
  const headings = useMemo(
    () =>
      new Map(
        source.sections.flatMap((s) =>
          s.passages[0] ? [[s.passages[0], s.heading] as const] : [],
        ),
      ),
    [source.sections],
  );
  const captionsBefore = useMemo(() => {
    const map = new Map<string | null, SourceDetail['captions']>();
    for (const c of source.captions)
      map.set(c.beforePassage, [...(map.get(c.beforePassage) ?? []), c]);
    return map;
  }, [source.captions]);

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

  /** The highlighted words, exactly, with their citation and locator in the chosen style. */
  const citeHighlight = async (h: HighlightView): Promise<string> => {
    const at = h.start;
    if (at === null) return t('Its words are no longer in the text');
    const passage = source.passages.find((p) => p.start <= at && at < p.end);
    const form = style.note ? 'note' : 'in-text';
    const cited = await api.cite({
      sourceId: source.id,
      style: style.id,
      form,
      ...(passage ? { passageId: passage.id } : {}),
    });
    if (!cited.ok) return cited.error.message;
    const quoted = quotedCitation(h.quote, cited.value, form === 'note');
    return copyAndSay(
      () => copyRich(quoted.html, quoted.text),
      form === 'note'
        ? t('Copied with its note ({{style}})', { style: t(style.label) })
        : t('Copied with its citation ({{style}})', { style: t(style.label) }),
    );
  };

  /** The Pandoc marker for the highlight's passage, for a draft Dossier will render. */
  const copyMarker = async (h: HighlightView): Promise<string> => {
    const key = source.metadata['citation-key'];
    const marker = pandocMarker(
      typeof key === 'string' ? key : undefined,
      source.id,
      passagePlace(source.passages, h.start, source.chapters),
    );
    const copied = t('Copied {{what}}', { what: marker });
    const said = await copyAndSay(() => navigator.clipboard.writeText(marker), copied);
    // The key now stands in a draft: it stops following the source's details.
    if (said === copied) void api.noteKeyUse({ sourceId: source.id, use: 'copied' });
    return said;
  };

  const suggestionsOf = (passageId: string) =>
    tags.suggestions.filter((s) => s.passageId === passageId);

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
        {source.passages.map((passage, index) => {
          const focused = isFocused(focus, passage);
          const suggestions = suggestionsOf(passage.id);
          return (
            <div key={passage.id} className="passage-block">
              {headings.get(passage.id) && (
                <h2 className="section-heading">{headings.get(passage.id)}</h2>
              )}
              {(captionsBefore.get(passage.id) ?? []).map((c, i) => (
                <Figure
                  key={i}
                  caption={c}
                  focus={captionFocus(c)}
                  focusRef={captionFocus(c) ? focusedRef : undefined}
                />
              ))}
              <div className="passage-row">
                {numbered && (
                  // The number a citation of this passage gives ("para. 7"), in the margin.
                  <span className="passage-number" aria-hidden="true">
                    {index + 1}
                  </span>
                )}
                <p
                  id={`passage-${passage.id}`}
                  ref={focused ? (focusedRef as Ref<HTMLParagraphElement>) : undefined}
                  tabIndex={focused ? -1 : undefined}
                  className={focused ? 'passage is-focused' : 'passage'}
                  data-passage-id={passage.id}
                >
                  <PassageText
                    passage={passage}
                    highlights={placed}
                    colors={colors}
                    marks={focused ? (focus?.marks ?? []) : []}
                  />
                </p>
              </div>
              {suggestions.length > 0 && (
                <SuggestionBar
                  suggestions={suggestions}
                  themes={themes}
                  onAccept={tags.accept}
                  onDismiss={tags.dismiss}
                />
              )}
            </div>
          );
        })}
        {(captionsBefore.get(null) ?? []).map((c, i) => (
          <Figure
            key={i}
            caption={c}
            focus={captionFocus(c)}
            focusRef={captionFocus(c) ? focusedRef : undefined}
          />
        ))}
        {source.comments.length > 0 && (
          <section className="comments" aria-label={t('Reader comments')}>
            <h2>{t('{{count}} reader comments', { count: source.comments.length })}</h2>
            <ul>
              {source.comments.map((c) => (
                <li key={c.id}>
                  <button type="button" className="link" onClick={() => onOpenSource(c.id)}>
                    {c.title}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
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
