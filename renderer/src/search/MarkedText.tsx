import type { Range } from '../../../shared/search/markRanges';
import { splitByRanges } from '../../../shared/search/markRanges';

export function MarkedText({ text, marks }: { text: string; marks: readonly Range[] }) {
  return (
    <>
      {splitByRanges(text, marks).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
