import { useLayoutEffect, useState, type RefObject } from 'react';

const GAP = 8;

/**
 * Where a floating panel stands beside an element: below it, or above when there is no room
 * below, always inside the window; kept there while anything scrolls or the window resizes.
 */
export function useAnchoredPosition(
  anchor: HTMLElement | null,
  panel: RefObject<HTMLElement | null>,
  /** Finds the anchor again when a redraw replaced it (a theme added to the highlight). */
  refind: () => HTMLElement | null = () => null,
): { left: number; top: number } | null {
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    if (!anchor) return;
    let current = anchor;
    const place = () => {
      if (!current.isConnected) current = refind() ?? current;
      if (!current.isConnected) return;
      const box = current.getBoundingClientRect();
      const width = panel.current?.offsetWidth ?? 320;
      const height = panel.current?.offsetHeight ?? 200;
      const below = box.bottom + GAP;
      const top =
        below + height <= window.innerHeight - GAP || box.top - GAP - height < GAP
          ? Math.min(below, window.innerHeight - GAP - height)
          : box.top - GAP - height;
      setPosition({
        left: Math.max(GAP, Math.min(box.left, window.innerWidth - GAP - width)),
        top: Math.max(GAP, top),
      });
    };
    place();
    // Capture: the reader pane scrolls, not the window.
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
    // refind is read when needed, not a reason to set the listeners again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [anchor, panel]);
  return position;
}
