import { useEffect, useRef } from 'react';
import type { SourceDetail } from '../../../shared/api/types';
import type { Range } from '../../../shared/search/markRanges';
import { MarkedText } from '../search/MarkedText';

export interface PassageFocus {
  sourceId: string;
  passageId: string;
  marks: Range[];
}

interface Props {
  source: SourceDetail;
  focus: PassageFocus | null;
}

export function ReaderPane({ source, focus }: Props) {
  const focusedRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const element = focusedRef.current;
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [focus, source.id]);

  return (
    <main className="pane reader" aria-label="Reader">
      <article className="reader-page">
        <h1 className="reader-title">{source.title}</h1>
        {source.passages.map((passage) => {
          const focused = focus?.passageId === passage.id;
          return (
            <p
              key={passage.id}
              id={`passage-${passage.id}`}
              ref={focused ? focusedRef : undefined}
              tabIndex={focused ? -1 : undefined}
              className={focused ? 'passage is-focused' : 'passage'}
              data-passage-id={passage.id}
              aria-label={focused ? `Paragraph ${passage.number}, search hit` : undefined}
            >
              {focused ? <MarkedText text={passage.text} marks={focus.marks} /> : passage.text}
            </p>
          );
        })}
      </article>
    </main>
  );
}
