import { readServiceEvent } from '../../../shared/api/serviceEvents';
import type { WindowEvent, WindowEvents } from './windowEvents';

/** Waits between reconnections after the stream is cut: doubling, up to half a minute. */
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;

/** The `data:` payloads of the complete Server-Sent Events in `buffer`, and what is left over. */
export function splitEvents(buffer: string): { payloads: string[]; rest: string } {
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? '';
  const payloads = blocks.flatMap((block) => {
    const data = block
      .split(/\r?\n/)
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5));
    return data.length ? [data.join('\n')] : [];
  });
  return { payloads, rest };
}

/**
 * The browser shell's events: one stream (GET /api/events with the page's token) shared by
 * every subscriber, opened with the first and closed with the last; a cut stream is opened
 * again, and `reconnected` told, so the window asks for what it missed.
 */
export function createShellEvents(token: string): WindowEvents {
  const listeners = new Set<(event: WindowEvent) => void>();
  let abort: AbortController | null = null;
  const tell = (event: WindowEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  async function read(controller: AbortController, retryMs: number, again: boolean) {
    try {
      const response = await fetch('/api/events', {
        headers: { 'X-Dossier-Token': token },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      if (again) tell({ kind: 'reconnected' });
      retryMs = FIRST_RETRY_MS;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const { payloads, rest } = splitEvents(buffer + value);
        buffer = rest;
        for (const payload of payloads) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(payload);
          } catch {
            continue;
          }
          const event = readServiceEvent(parsed);
          if (event) tell(event);
        }
      }
    } catch {
      // Cut, refused or not answering: tried again below, unless the window stopped listening.
    }
    if (controller.signal.aborted) return;
    setTimeout(() => void read(controller, Math.min(retryMs * 2, LAST_RETRY_MS), true), retryMs);
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!abort) {
        abort = new AbortController();
        void read(abort, FIRST_RETRY_MS, false);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && abort) {
          abort.abort();
          abort = null;
        }
      };
    },
  };
}
