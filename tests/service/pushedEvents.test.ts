// The service tells the window what happened as it happens (issue 29: nothing in the window
// polls): another writer's tag brought by sync, the sync's state, a browser paired.
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCaptureFor } from '../../electron/main/capture/captureForArchive';
import { CaptureClients } from '../../electron/main/capture/captureClients';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { libraryFiles } from '../../electron/main/library/libraryPaths';
import type { ServiceEvent } from '../../shared/api/serviceEvents';
import { ok } from '../helpers/apiCalls';
import { sharedPair } from '../helpers/sharedPair';
import { tagQuote } from '../helpers/tagQuote';

function heard(events: { subscribe(l: (e: ServiceEvent) => void): () => void }) {
  const list: ServiceEvent[] = [];
  events.subscribe((e) => list.push(e));
  return list;
}

describe('events the service pushes', () => {
  it('tells a shared library’s window of another writer’s tag, and of the sync’s state only when it moves', async () => {
    const { dir, server, a, b, source } = await sharedPair(
      'Tram depot\n\nDrivers walked out at noon.\n\nThe depot stayed shut.\n',
    );
    await b.close();
    const window = await openArchive(join(dir, 'b'), { syncEveryMs: 50 });
    const events = heard(window.events);
    // The first round ends: the state moved from "syncing" to "synced".
    await expect.poll(() => events.filter((e) => e.kind === 'sync').length).toBe(1);
    const firstRound = ok(await window.api.syncStatus({}));
    // Quiet rounds follow (the time of the last one moves), and none of them is told.
    await expect
      .poll(async () => {
        const now = ok(await window.api.syncStatus({}));
        return now.shared && firstRound.shared && now.lastSynced !== firstRound.lastSynced;
      })
      .toBe(true);
    expect(events.filter((e) => e.kind === 'sync')).toHaveLength(1);

    // Ana tags and syncs; the window's next round brings it, and says which source changed.
    await tagQuote(a.api, source.id, 'Drivers walked out', 'labour');
    const { syncOnce } = await import('../../electron/main/sync/syncReplica');
    await syncOnce(a.state);
    const brought = () =>
      events.findIndex(
        (e) =>
          e.kind === 'library' && e.changes.highlights && e.changes.sourceIds.includes(source.id),
      );
    await expect.poll(brought).toBeGreaterThan(0);
    // A window told of it asks the status while the round is still saving (it would count the
    // tag as a change waiting); the round's end is told, and the status asked then is settled.
    const told = () => events.slice(brought()).some((e) => e.kind === 'sync');
    await expect.poll(told).toBe(true);
    expect(ok(await window.api.syncStatus({}))).toMatchObject({ state: 'synced', waiting: 0 });
    await window.close();
    await a.close();
    await server.close();
  });

  it('tells the window when the extension uses a pairing code', async () => {
    const archive = await openArchive(await tempDir());
    const events = heard(archive.events);
    const capture = await startCaptureFor(archive, undefined, [0]);
    if ('failed' in capture) throw new Error(capture.failed);
    // The code is made elsewhere (as `dossier capture pair` does): only the pairing is told here.
    const { code } = await new CaptureClients(
      libraryFiles(archive.libraryDir).capture,
    ).startPairing();
    expect(events).toEqual([]);
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ code, client: 'Chromium' });
      const req = request(
        {
          host: '127.0.0.1',
          port: capture.port,
          method: 'POST',
          path: '/pair',
          headers: {
            'x-dossier-capture': '1',
            origin: 'chrome-extension://abcdefghijklmnop',
            'content-type': 'application/json',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
    expect(events).toEqual([{ kind: 'capture' }]);
    await capture.close();
    await archive.close();
  });
});
