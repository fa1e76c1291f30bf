import type { WebContents } from 'electron';
import { EVENTS_CHANNEL } from '../../../shared/api/operationNames';
import type { ServiceEvents } from '../../../shared/api/serviceEvents';

/**
 * Sends every service event to every open Dossier window, so the window redraws what changed
 * when it changes instead of asking on a timer. Answers how to stop.
 */
export function forwardEvents(
  events: ServiceEvents,
  windows: () => readonly { webContents: Pick<WebContents, 'send' | 'isDestroyed'> }[],
): () => void {
  return events.subscribe((event) => {
    for (const { webContents } of windows())
      if (!webContents.isDestroyed()) webContents.send(EVENTS_CHANNEL, event);
  });
}
