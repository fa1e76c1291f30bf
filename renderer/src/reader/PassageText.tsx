import type { CSSProperties } from 'react';
import type { PassageView } from '../../../shared/api/types';
import type { Range } from '../../../shared/search/markRanges';
import { passageSegments, type SpanRef } from './passageSegments';

interface Props {
  passage: PassageView;
  highlights: (SpanRef & { themeIds: string[] })[];
  colors: Map<string, string>;
  /** Search marks, relative to the passage. */
  marks: readonly Range[];
}

/** Overlapping highlights stay readable: each theme draws its own underline, stacked. */
function underline(colors: string[]): CSSProperties {
  if (colors.length === 0) return {};
  return {
    boxShadow: colors.map((c, i) => `inset 0 -${(i + 1) * 3}px 0 ${c}`).join(', '),
    paddingBottom: `${colors.length * 3 - 2}px`,
    backgroundColor: `${colors[0]}1f`,
  };
}

export function PassageText({ passage, highlights, colors, marks }: Props) {
  return (
    <>
      {passageSegments(passage, highlights, marks).map((segment) => {
        const covering = highlights.filter((h) => segment.highlightIds.includes(h.id));
        const themeColors = [...new Set(covering.flatMap((h) => h.themeIds))].map(
          (t) => colors.get(t) ?? '#999',
        );
        const Tag = segment.marked ? 'mark' : 'span';
        return (
          <Tag
            key={segment.start}
            data-start={segment.start}
            data-highlights={covering.length ? covering.map((h) => h.id).join(' ') : undefined}
            className={covering.length ? 'highlighted' : undefined}
            // Highlights are reachable from the keyboard: Tab to one, Enter opens it.
            tabIndex={covering.length ? 0 : undefined}
            style={underline(themeColors)}
          >
            {segment.text}
          </Tag>
        );
      })}
    </>
  );
}
