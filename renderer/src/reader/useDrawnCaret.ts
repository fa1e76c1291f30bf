import { useEffect, useState, type RefObject } from 'react';

export interface CaretPlace {
  top: number;
  left: number;
  height: number;
}

/**
 * Where caret mode's caret stands, for the reader to draw it: a browser draws no caret in text
 * that cannot be edited, so a writer moving with the arrow keys would move blind. Null while the
 * text has no focus or the selection is not a caret (a selection shows itself).
 */
export function useDrawnCaret(page: RefObject<HTMLElement | null>): CaretPlace | null {
  const [place, setPlace] = useState<CaretPlace | null>(null);
  useEffect(() => {
    const update = () => {
      const element = page.current;
      const selection = window.getSelection();
      if (
        !element ||
        document.activeElement !== element ||
        !selection?.isCollapsed ||
        selection.rangeCount === 0 ||
        !element.contains(selection.anchorNode)
      )
        return setPlace(null);
      const range = selection.getRangeAt(0);
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      // A caret between elements has no box of its own: the line it stands on gives one.
      const line =
        rect.height > 0
          ? rect
          : (selection.anchorNode?.parentElement ?? element).getBoundingClientRect();
      setPlace({ top: line.top - box.top, left: rect.left - box.left, height: line.height });
    };
    document.addEventListener('selectionchange', update);
    const element = page.current;
    element?.addEventListener('focus', update);
    element?.addEventListener('blur', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      element?.removeEventListener('focus', update);
      element?.removeEventListener('blur', update);
    };
  }, [page]);
  return place;
}
