// @vitest-environment jsdom
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { ArchiveApi } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import { ApiContext } from '../../../renderer/src/api/ApiContext';
import { useQuery, type QueryState } from '../../../renderer/src/api/useQuery';
import { EntityStore, EntityStoreContext } from '../../../renderer/src/store/entityStore';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** An API whose themePassages answers wait until the test answers them, in any order. */
function slowApi() {
  const waiting: { themeId: string; answer: (r: Result<unknown>) => void }[] = [];
  const api = {
    themePassages: vi.fn(
      ({ themeId }: { themeId: string }) =>
        new Promise<Result<unknown>>((answer) => waiting.push({ themeId, answer })),
    ),
  } as unknown as ArchiveApi;
  return { api, waiting };
}

function mount(api: ArchiveApi) {
  const store = new EntityStore();
  const root = createRoot(document.createElement('div'));
  const render = (node: ReactNode) =>
    act(async () =>
      root.render(
        createElement(
          ApiContext.Provider,
          { value: api },
          createElement(EntityStoreContext.Provider, { value: store }, node),
        ),
      ),
    );
  return { store, render, unmount: () => act(async () => root.unmount()) };
}

type Seen = QueryState<unknown>;

function Probe(props: {
  themeId: string;
  version: number;
  keep?: boolean;
  onError?: (m: string) => void;
  seen: (s: Seen) => void;
}) {
  const options = {
    keepWhileAsking: props.keep ?? false,
    ...(props.onError ? { onError: props.onError } : {}),
  };
  props.seen(useQuery('themePassages', { themeId: props.themeId }, props.version, options));
  return null;
}

describe('a view’s question to the service (useQuery)', () => {
  it('never shows an answer to a question no longer asked, whatever order answers come in', async () => {
    const { api, waiting } = slowApi();
    const m = mount(api);
    let seen: Seen | null = null;
    await m.render(
      createElement(Probe, { themeId: 'labour', version: 1, seen: (s) => (seen = s) }),
    );
    await m.render(createElement(Probe, { themeId: 'clans', version: 1, seen: (s) => (seen = s) }));
    expect(waiting.map((w) => w.themeId)).toEqual(['labour', 'clans']);
    // The answer for clans comes first, then the late one for labour: clans stays.
    await act(async () => waiting[1]!.answer({ ok: true, value: ['clans answer'] }));
    await act(async () => waiting[0]!.answer({ ok: true, value: ['labour answer'] }));
    expect(seen).toMatchObject({ value: ['clans answer'], pending: false, refreshing: false });
    await m.unmount();
  });

  it('keeps the answer shown while a newer version is read, and says so', async () => {
    const { api, waiting } = slowApi();
    const m = mount(api);
    let seen: Seen | null = null;
    const probe = (version: number) =>
      createElement(Probe, { themeId: 'labour', version, seen: (s) => (seen = s) });
    await m.render(probe(1));
    expect(seen).toMatchObject({ value: null, pending: true });
    await act(async () => waiting[0]!.answer({ ok: true, value: ['first'] }));
    await m.render(probe(2));
    expect(waiting).toHaveLength(2);
    expect(seen).toMatchObject({ value: ['first'], pending: false, refreshing: true });
    await act(async () => waiting[1]!.answer({ ok: true, value: ['second'] }));
    expect(seen).toMatchObject({ value: ['second'], refreshing: false });
    await m.unmount();
  });

  it('shows another question’s answer only when the view keeps it, and tells errors', async () => {
    const { api, waiting } = slowApi();
    const m = mount(api);
    let seen: Seen | null = null;
    const errors: string[] = [];
    const probe = (themeId: string) =>
      createElement(Probe, {
        themeId,
        version: 1,
        keep: true,
        onError: (e) => errors.push(e),
        seen: (s) => (seen = s),
      });
    await m.render(probe('labour'));
    await act(async () => waiting[0]!.answer({ ok: true, value: ['labour answer'] }));
    await m.render(probe('clans'));
    expect(seen).toMatchObject({ value: ['labour answer'], pending: true });
    await act(async () =>
      waiting[1]!.answer({ ok: false, error: { code: 'NOT_FOUND', message: 'No theme clans.' } }),
    );
    expect(seen).toMatchObject({ value: null, error: 'No theme clans.', pending: false });
    expect(errors).toEqual(['No theme clans.']);
    await m.unmount();
  });

  it('asks once for views asking the same at once, and again after a change is heard', async () => {
    const { api, waiting } = slowApi();
    const m = mount(api);
    const seen: Seen[] = [];
    const two = (a: number, b: number) =>
      createElement(
        'div',
        null,
        createElement(Probe, { themeId: 'labour', version: a, seen: (s) => (seen[0] = s) }),
        createElement(Probe, { themeId: 'labour', version: b, seen: (s) => (seen[1] = s) }),
      );
    await m.render(two(1, 7));
    expect(waiting).toHaveLength(1);
    await act(async () => waiting[0]!.answer({ ok: true, value: ['shared'] }));
    expect(seen.map((s) => s.value)).toEqual([['shared'], ['shared']]);
    // A change heard since: the view whose version moved must not share an older trip.
    m.store.hear(5);
    await m.render(two(2, 7));
    expect(waiting).toHaveLength(2);
    await m.unmount();
  });
});
