import { describe, expect, it, vi } from 'vitest';
import { ipcChannel, operationNames } from '../../shared/api/operationNames';

const exposed = vi.hoisted(() => ({
  key: '',
  api: {} as Record<string, (input: unknown) => unknown>,
}));
const invoke = vi.hoisted(() =>
  vi.fn(async (channel: string, input: unknown) => ({ channel, input })),
);

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (input: unknown) => unknown>) => {
      exposed.key = key;
      exposed.api = api;
    },
  },
  ipcRenderer: { invoke },
}));

await import('../../electron/preload/index');

describe('preload', () => {
  it('exposes one named method per operation as window.dossier, and nothing else', () => {
    expect(exposed.key).toBe('dossier');
    expect(Object.keys(exposed.api).sort()).toEqual([...operationNames].sort());
  });

  it('sends each method on its own channel', async () => {
    for (const name of operationNames) {
      expect(await exposed.api[name]!({ q: 1 })).toEqual({
        channel: ipcChannel(name),
        input: { q: 1 },
      });
    }
  });
});
