import { describe, expect, it, vi } from 'vitest';
import { EVENTS_CHANNEL, ipcChannel, operationNames } from '../../shared/api/operationNames';

type Listener = (event: unknown, payload: unknown) => void;
const exposed = vi.hoisted(() => ({}) as Record<string, Record<string, (input: never) => unknown>>);
const invoke = vi.hoisted(() =>
  vi.fn(async (channel: string, input: unknown) => ({ channel, input })),
);
/** The page's listeners on each IPC channel, as ipcRenderer keeps them. */
const listening = vi.hoisted(() => new Map<string, Set<Listener>>());

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (input: never) => unknown>) => {
      exposed[key] = api;
    },
  },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: Listener) => {
      listening.set(channel, (listening.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: Listener) => {
      listening.get(channel)?.delete(listener);
    },
  },
}));

await import('../../electron/preload/index');

describe('preload', () => {
  it('exposes one named method per operation as window.dossier, and the events, nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual(['dossier', 'dossierEvents']);
    expect(Object.keys(exposed.dossier!).sort()).toEqual([...operationNames].sort());
    expect(Object.keys(exposed.dossierEvents!)).toEqual(['subscribe']);
  });

  it('sends each method on its own channel', async () => {
    for (const name of operationNames) {
      expect(await exposed.dossier![name]!({ q: 1 } as never)).toEqual({
        channel: ipcChannel(name),
        input: { q: 1 },
      });
    }
  });

  it("passes the events channel's payloads to a subscriber, never the IPC event, until it stops", () => {
    const heard: unknown[] = [];
    const stop = exposed.dossierEvents!.subscribe!(((payload: unknown) =>
      heard.push(payload)) as never) as () => void;
    const tell = (payload: unknown) => {
      for (const listener of listening.get(EVENTS_CHANNEL) ?? []) listener({ sender: {} }, payload);
    };
    tell({ kind: 'sync' });
    stop();
    tell({ kind: 'capture' });
    expect(heard).toEqual([{ kind: 'sync' }]);
    expect([...listening.keys()]).toEqual([EVENTS_CHANNEL]);
  });
});
