import { useEffect, type RefObject } from 'react';

/**
 * Closes a floating panel the way a writer expects: a press outside it, Escape wherever the
 * focus is, and a change of view (`closeKey`) each close it, so it never stays over a view.
 */
export function useDismissable(
  open: boolean,
  close: () => void,
  panel: RefObject<HTMLElement | null>,
  closeKey: string,
) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!panel.current?.contains(event.target as Node | null)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      // Inside the panel its own keys decide (Escape there closes the list, then clears it).
      if (event.key === 'Escape' && !panel.current?.contains(document.activeElement)) close();
    };
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [open, close, panel]);

  useEffect(() => {
    close();
    // Only a change of view closes it, not a new `close` function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [closeKey]);
}
