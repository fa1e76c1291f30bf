// The extension's background, one message type at a time, over a fake Dossier (its fetch) and
// an in-memory queue in place of IndexedDB.
import { describe, expect, it } from 'vitest';
import type { CaptureRequest } from '../../../shared/capture/captureMessages';
import type { Queued, QueueStore } from '../../../extension/src/captureQueue';
import { DossierClient } from '../../../extension/src/dossierClient';
import { handleMessage, type BackgroundDeps } from '../../../extension/src/messages';

type Route = (body: unknown, headers: Record<string, string>) => { status: number; body: unknown };

/** A Dossier on port 23138 (the first port taken by something else), or none at all. */
function fakeDossier(routes: Record<string, Route>, running = { on: true }) {
  const seen: { path: string; headers: Record<string, string> }[] = [];
  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    if (!running.on || url.port !== '23138') throw new TypeError('Failed to fetch');
    const headers = init?.headers as Record<string, string>;
    seen.push({ path: url.pathname, headers });
    const route = routes[`${init?.method ?? 'GET'} ${url.pathname}`];
    const reply = route
      ? route(init?.body ? JSON.parse(String(init.body)) : undefined, headers)
      : { status: 404, body: { error: 'no' } };
    return new Response(JSON.stringify(reply.body), { status: reply.status });
  }) as typeof globalThis.fetch;
  return { fetch: fakeFetch, seen, running };
}

function memoryQueue(): QueueStore & { items: Queued[] } {
  let next = 1;
  const items: Queued[] = [];
  return {
    items,
    add: async (request, queuedAt) => void items.push({ id: next++, request, queuedAt }),
    all: async () => [...items],
    remove: async (id) =>
      void items.splice(
        items.findIndex((i) => i.id === id),
        1,
      ),
  };
}

function deps(dossier: ReturnType<typeof fakeDossier>, token: string | null = 'tok') {
  let saved = token;
  const queue = memoryQueue();
  const badges: number[] = [];
  const d: BackgroundDeps = {
    client: new DossierClient({
      fetch: dossier.fetch,
      token: async () => saved,
      saveToken: async (t) => void (saved = t),
    }),
    queue,
    snapshot: async () => ({
      url: 'https://news.example/a',
      html: '<p>The strike began.</p>',
      selection: { exact: 'strike began', prefix: 'The ', suffix: '.' },
    }),
    badge: async (n) => void badges.push(n),
    hasToken: async () => saved !== null,
    clientName: 'Chromium',
    now: () => new Date('2026-12-05T10:00:00Z'),
  };
  return { d, queue, badges, token: () => saved };
}

const ping: Route = (_b, h) => ({
  status: 200,
  body: { app: 'Dossier', paired: h.authorization === 'Bearer tok' },
});

describe('the extension’s background', () => {
  it('status: finds Dossier on a fallback port, with the extension’s header', async () => {
    const dossier = fakeDossier({ 'GET /ping': ping });
    expect(await handleMessage({ type: 'status' }, deps(dossier).d)).toEqual({
      running: true,
      paired: true,
      waiting: 0,
    });
    expect(dossier.seen[0]!.headers['x-dossier-capture']).toBe('1');
    dossier.running.on = false;
    expect(await handleMessage({ type: 'status' }, deps(dossier).d)).toEqual({
      running: false,
      paired: true,
      waiting: 0,
    });
  });

  it('pair: keeps the token Dossier gives for the code, and says a refusal in Dossier’s words', async () => {
    const dossier = fakeDossier({
      'GET /ping': ping,
      'POST /pair': (body) =>
        (body as { code: string }).code === 'ABCD2345'
          ? { status: 200, body: { token: 'new-token' } }
          : { status: 403, body: { error: 'That code is not right' } },
    });
    const wrong = deps(dossier, null);
    expect(await handleMessage({ type: 'pair', code: 'ZZZZ2345' }, wrong.d)).toEqual({
      error: 'That code is not right',
    });
    const right = deps(dossier, null);
    expect(await handleMessage({ type: 'pair', code: 'ABCD2345' }, right.d)).toMatchObject({
      paired: true,
    });
    expect(right.token()).toBe('new-token');
  });

  it('choices and preview: what the popup shows, asked of Dossier with the token', async () => {
    const dossier = fakeDossier({
      'GET /ping': ping,
      'GET /choices': () => ({
        status: 200,
        body: { themes: [{ id: 't1', name: 'labour' }], collections: [] },
      }),
      'POST /preview': () => ({
        status: 200,
        body: { title: 'A', authors: [], date: '', site: '' },
      }),
      'POST /lookup': () => ({ status: 200, body: { existing: null } }),
    });
    const { d } = deps(dossier);
    expect(await handleMessage({ type: 'choices' }, d)).toMatchObject({
      themes: [{ name: 'labour' }],
    });
    expect(await handleMessage({ type: 'preview', tabId: 3 }, d)).toEqual({
      url: 'https://news.example/a',
      details: { title: 'A', authors: [], date: '', site: '' },
      existing: null,
      selection: 'strike began',
    });
    expect(
      dossier.seen.every((s) => s.path === '/ping' || s.headers.authorization === 'Bearer tok'),
    ).toBe(true);
  });

  it('save: sends the page with the selection; keeps it while Dossier is stopped; flush sends it', async () => {
    const received: CaptureRequest[] = [];
    const dossier = fakeDossier({
      'GET /ping': ping,
      'POST /capture': (body) => {
        received.push(body as CaptureRequest);
        return {
          status: 200,
          body: { status: 'imported', sourceId: 's1', title: 'A', warnings: [], highlighted: true },
        };
      },
    });
    const { d, queue, badges } = deps(dossier);
    expect(await handleMessage({ type: 'save', tabId: 3, themeIds: ['t1'] }, d)).toMatchObject({
      status: 'imported',
    });
    expect(received[0]).toMatchObject({
      url: 'https://news.example/a',
      selection: { exact: 'strike began' },
      themeIds: ['t1'],
    });
    dossier.running.on = false;
    expect(await handleMessage({ type: 'save', tabId: 3 }, d)).toEqual({
      status: 'queued',
      waiting: 1,
    });
    expect(queue.items[0]!.request.onExisting).toBe('keep-both');
    expect(badges.at(-1)).toBe(1);
    // Still stopped: flushing keeps it.
    expect(await handleMessage({ type: 'flush' }, d)).toEqual({ sent: 0, failed: [], waiting: 1 });
    dossier.running.on = true;
    expect(await handleMessage({ type: 'flush' }, d)).toEqual({ sent: 1, failed: [], waiting: 0 });
    expect(received).toHaveLength(2);
    expect(badges.at(-1)).toBe(0);
  });

  it('flush: a capture Dossier refuses is told and dropped; an unpaired browser keeps all', async () => {
    const dossier = fakeDossier({
      'GET /ping': ping,
      'POST /capture': (_b, h) =>
        h.authorization === 'Bearer tok'
          ? {
              status: 413,
              body: { error: 'This page is too large to save: a capture may be at most 50 MB.' },
            }
          : { status: 401, body: { error: 'not paired' } },
    });
    const request = { url: 'https://news.example/big', html: '<p>x</p>' };
    const unpaired = deps(dossier, 'old');
    await unpaired.queue.add(request, 'then');
    expect(await handleMessage({ type: 'flush' }, unpaired.d)).toMatchObject({
      sent: 0,
      waiting: 1,
    });
    const paired = deps(dossier);
    await paired.queue.add(request, 'then');
    expect(await handleMessage({ type: 'flush' }, paired.d)).toEqual({
      sent: 1,
      failed: [
        'https://news.example/big: This page is too large to save: a capture may be at most 50 MB.',
      ],
      waiting: 0,
    });
  });

  it('refuses a message it does not know', async () => {
    const { d } = deps(fakeDossier({}));
    expect(await handleMessage({ type: 'save', tabId: 'x' }, d)).toEqual({
      error: 'The extension sent itself a message it does not know.',
    });
  });
});
