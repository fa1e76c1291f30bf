import { useEffect, useState } from 'react';

/**
 * True once `on` has stayed true for `delay` ms: a loading sign for work that takes a while,
 * without a flash for work that does not.
 */
export function useDelayedFlag(on: boolean, delay = 150): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setShown(true), delay);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [on, delay]);
  return on && shown;
}
