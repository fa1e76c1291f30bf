import { createContext, useContext, useEffect, useRef } from 'react';
import type { WindowEvent, WindowEvents } from './windowEvents';

export const EventsContext = createContext<WindowEvents | null>(null);

/**
 * Calls `listener` with each event the service tells the window, for as long as the component
 * is shown; the newest `listener` is used without subscribing again.
 */
export function useWindowEvents(listener: (event: WindowEvent) => void): void {
  const events = useContext(EventsContext);
  if (!events) throw new Error('useWindowEvents outside EventsContext');
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => events.subscribe((event) => latest.current(event)), [events]);
}
