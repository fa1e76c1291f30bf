// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArchiveApi } from '../../../shared/api/contract';
import { noChanges, type LibraryChanges } from '../../../shared/history/libraryChanges';
import { EventsContext } from '../../../renderer/src/api/useWindowEvents';
import type { WindowEvent, WindowEvents } from '../../../renderer/src/api/windowEvents';
import { EntityStore } from '../../../renderer/src/store/entityStore';
import { putHighlights } from '../../../renderer/src/store/entities';
import type { HighlightView } from '../../../shared/api/types';
import {
  useLibraryVersions,
  type LibraryVersions,
} from '../../../renderer/src/common/useLibraryVersions';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const changes = (revision: number, more: Partial<LibraryChanges> = {}): LibraryChanges => ({
  ...noChanges(),
  revision,
  everything: false,
  ...more,
});

/** Events the test tells, and an API that answers changesSince from a script, counting asks. */
function harness(answers: LibraryChanges[]) {
  const listeners = new Set<(event: WindowEvent) => void>();
  const events: WindowEvents = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const asked: number[] = [];
  const api = {
    changesSince: vi.fn(async ({ after }: { after: number }) => {
      asked.push(after);
      return { ok: true as const, value: answers.shift() ?? changes(after) };
    }),
  } as unknown as ArchiveApi;
  let seen: LibraryVersions | null = null;
  const store = new EntityStore();
  function Probe() {
    seen = useLibraryVersions(api, store).versions;
    return null;
  }
  const container = document.createElement('div');
  const root = createRoot(container);
  return {
    asked,
    store,
    versions: () => seen!,
    render: () =>
      act(async () =>
        root.render(createElement(EventsContext.Provider, { value: events }, createElement(Probe))),
      ),
    tell: (event: WindowEvent) =>
      act(async () => {
        for (const listener of listeners) listener(event);
      }),
    unmount: () => act(async () => root.unmount()),
    listening: () => listeners.size,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the window’s versions, moved by pushed change sets', () => {
  it('moves what a pushed change names, and never asks the service on a timer', async () => {
    vi.useFakeTimers();
    const h = harness([changes(4)]);
    await h.render();
    expect(h.asked).toEqual([0]);
    await h.tell({ kind: 'library', changes: changes(5, { highlights: true, sourceIds: ['s1'] }) });
    expect(h.versions()).toMatchObject({ library: 1, highlights: 1, source: { s1: 1 } });
    // A minute passes with nothing pushed: nothing is asked.
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(h.asked).toEqual([0]);
    // A set already heard (a catch-up covered it) is not applied twice.
    await h.tell({ kind: 'library', changes: changes(5, { highlights: true }) });
    expect(h.versions().library).toBe(1);
    await h.unmount();
    expect(h.listening()).toBe(0);
  });

  it('asks what it missed when a pushed set skips a number, or the stream was cut', async () => {
    const h = harness([changes(1), changes(4, { sources: true, sourceIds: ['a', 'b'] })]);
    await h.render();
    await h.tell({ kind: 'library', changes: changes(4, { sourceIds: ['b'] }) });
    expect(h.asked).toEqual([0, 1]);
    // What the service answered is what moves: both sources, and the list.
    expect(h.versions()).toMatchObject({ sources: 1, source: { a: 1, b: 1 } });
    await h.tell({ kind: 'reconnected' });
    expect(h.asked).toEqual([0, 1, 4]);
    await h.unmount();
  });

  it('draws the highlights a change sends without reading their source again', async () => {
    const h = harness([changes(1)]);
    await h.render();
    const tag: HighlightView = {
      id: 'h1',
      sourceId: 's1',
      themeIds: ['labour'],
      note: '',
      quote: 'walked out',
      start: 4,
      end: 14,
      orphaned: false,
      createdAt: '2026-12-06T20:00:00.000Z',
    };
    // s1 is open (read at 1); its tag came with its list and the counts; s2 changed too, but
    // nothing of it was sent.
    h.store.update((e) => putHighlights(e, 's1', [], 1));
    await h.tell({
      kind: 'library',
      changes: changes(2, { highlights: true, sourceIds: ['s1', 's2'] }),
      entities: { highlights: [{ sourceId: 's1', list: [tag] }], themeCounts: { labour: 3 } },
    });
    expect(h.store.snapshot().highlights.get('s1')).toEqual({ value: [tag], asOf: 2 });
    expect(h.store.snapshot().themeCounts).toEqual({ value: { labour: 3 }, asOf: 2 });
    expect(h.store.heard).toBe(2);
    // Only the source that was not sent is read again; the codebook is not (its counts came).
    expect(h.versions()).toMatchObject({ library: 1, themes: 0, highlights: 1, source: { s2: 1 } });
    expect(h.versions().source.s1).toBeUndefined();

    // A source whose own record changed is read again even when its highlights came along.
    await h.tell({
      kind: 'library',
      changes: changes(3, { highlights: true, sourceIds: ['s1'], detailIds: ['s1'] }),
      entities: { highlights: [{ sourceId: 's1', list: [] }], themeCounts: {} },
    });
    expect(h.versions().source.s1).toBe(1);
    expect(h.store.snapshot().highlights.get('s1')?.value).toEqual([]);
    await h.unmount();
  });
});
