import type { Ref } from 'react';
import type { SourceDetail } from '../../../shared/api/types';
import type { Range } from '../../../shared/search/markRanges';
import { MarkedText } from '../search/MarkedText';

/** A figure's caption, set apart from the prose (the image itself was not part of the paste). */
export function Figure({
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
