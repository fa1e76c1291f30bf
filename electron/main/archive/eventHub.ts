import type {
  ServiceEvent,
  ServiceEventListener,
  ServiceEvents,
} from '../../../shared/api/serviceEvents';

/**
 * Where the service's parts tell what happened, and the transports (IPC, SSE) listen. Events
 * reach the listeners in the order they were told, also when one is still being put together
 * (a change set with the highlights it changed): a later event waits for it.
 */
export class EventHub implements ServiceEvents {
  private readonly listeners = new Set<ServiceEventListener>();
  private readonly waiting: Promise<ServiceEvent | null>[] = [];

  subscribe(listener: ServiceEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether anyone listens: a command-line run has no window to tell. */
  get listened(): boolean {
    return this.listeners.size > 0;
  }

  emit(event: ServiceEvent): void {
    if (this.waiting.length === 0) this.deliver(event);
    else this.enqueue(Promise.resolve(event));
  }

  /** An event still being put together: told when it is ready, before any event told after it. */
  emitWhenReady(event: Promise<ServiceEvent>): void {
    this.enqueue(event);
  }

  private enqueue(event: Promise<ServiceEvent>): void {
    this.waiting.push(
      event.catch((error: unknown) => {
        console.error('[dossier] an event could not be put together:', error);
        return null;
      }),
    );
    if (this.waiting.length === 1) void this.drain();
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const event = await this.waiting[0];
      this.waiting.shift();
      if (event) this.deliver(event);
    }
  }

  private deliver(event: ServiceEvent): void {
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
