import type {
  ServiceEvent,
  ServiceEventListener,
  ServiceEvents,
} from '../../../shared/api/serviceEvents';

/** Where the service's parts tell what happened, and the transports (IPC, SSE) listen. */
export class EventHub implements ServiceEvents {
  private readonly listeners = new Set<ServiceEventListener>();

  subscribe(listener: ServiceEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ServiceEvent): void {
    // A transport that fails (a window closing as it is told) must not stop the others or the
    // edit that caused the event.
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('[dossier] an event listener failed:', error);
      }
    }
  }
}
