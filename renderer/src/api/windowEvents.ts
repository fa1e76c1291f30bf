import { readServiceEvent, type ServiceEvent } from '../../../shared/api/serviceEvents';

/**
 * What the window hears: the service's events, and `reconnected` when a transport was cut and
 * is back, so each part asks again what it may have missed.
 */
export type WindowEvent = ServiceEvent | { kind: 'reconnected' };

export interface WindowEvents {
  subscribe(listener: (event: WindowEvent) => void): () => void;
}

/** What Electron's preload exposes: raw payloads, checked here before anything acts on them. */
export interface EventBridge {
  subscribe(listener: (payload: unknown) => void): () => void;
}

/** The window's events from Electron's preload (IPC keeps its channel while the window lives). */
export function bridgeEvents(bridge: EventBridge): WindowEvents {
  return {
    subscribe: (listener) =>
      bridge.subscribe((payload) => {
        const event = readServiceEvent(payload);
        if (event) listener(event);
      }),
  };
}
