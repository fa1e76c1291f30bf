import { useMemo, type Ref, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  HighlightView,
  SourceDetail,
  SuggestionView,
  ThemeView,
} from '../../../shared/api/types';
import { Figure } from './Figure';
import { PassageText } from './PassageText';
import type { PassageFocus } from './ReaderPane';
import { SuggestionBar } from './SuggestionBar';

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
  /** Set on the passage or caption the focus names, for the reader to scroll to. */
  focusedRef: RefObject<HTMLElement | null>;
  /** The highlights placed in the text. */
  highlights: (HighlightView & { start: number; end: number })[];
  colors: Map<string, string>;
  suggestions: SuggestionView[];
  themes: ThemeView[];
  onAccept: (s: SuggestionView) => void;
  onDismiss: (s: SuggestionView) => void;
  onOpenSource: (id: string) => void;
}

/**
 * A source's text as the reader shows it: its passages with their section headings, figures'
 * captions where they stood, highlights drawn, the paragraph numbers citations use, suggestions
 * under the passages they are for, and the reader comments linked at the end.
 */
export function PassageList({
  source,
  focus,
  focusedRef,
  highlights,
  colors,
  suggestions: allSuggestions,
  themes,
  onAccept,
  onDismiss,
  onOpenSource,
}: Props) {
  const { t } = useTranslation();
  const captionFocus = (c: SourceDetail['captions'][number]) =>
    focus?.caption !== undefined &&
    focus.caption === c.text &&
    (focus.passageId ?? null) === c.beforePassage
      ? focus.marks
      : undefined;
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
  const suggestionsOf = (passageId: string) =>
    allSuggestions.filter((s) => s.passageId === passageId);

  return (
    <>
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
                  highlights={highlights}
                  colors={colors}
                  marks={focused ? (focus?.marks ?? []) : []}
                />
              </p>
            </div>
            {suggestions.length > 0 && (
              <SuggestionBar
                suggestions={suggestions}
                themes={themes}
                onAccept={onAccept}
                onDismiss={onDismiss}
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
    </>
  );
}
