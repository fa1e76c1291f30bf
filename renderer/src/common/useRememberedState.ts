import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * State the window keeps across reloads and restarts (the open source, the open view), in this
 * origin's local storage. What was stored is checked by `accept`; anything else is ignored.
 */
export function useRememberedState<T>(
  key: string,
  initial: T,
  accept: (stored: unknown) => stored is T,
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      return accept(stored) ? stored : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the window simply forgets on reload.
    }
  }, [key, value]);
  return [value, setValue];
}
