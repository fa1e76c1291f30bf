// The sync server cannot be used by whoever reaches its port: a new library needs the
// registration token, an oversized frame closes its connection, a public address is warned of.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { MAX_DOC_FRAME, syncUrl } from '../../electron/main/sync/syncProtocol';
import { repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { ok } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

/** How a connection attempt ends: opened, refused with a status, or closed with a code. */
function attempt(url: string, send?: Buffer): Promise<{ status?: number; closed?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode });
      socket.terminate();
    });
    socket.on('open', () => {
      if (send) socket.send(send);
      else {
        resolve({});
        socket.close();
      }
    });
    socket.on('close', (code) => resolve({ closed: code }));
    socket.on('error', () => undefined);
  });
}

describe('the sync server', () => {
  it('registers a new library only with its registration token', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    const secret = 'x'.repeat(24);
    expect(await attempt(syncUrl(server.url, randomUUID(), secret))).toEqual({ status: 403 });
    const token = new URL(server.shareUrl).searchParams.get('register')!;
    expect(await attempt(syncUrl(server.url, randomUUID(), secret, token))).toEqual({});

    // A share without the token is refused in words that say what to use.
    const library = join(dir, 'a');
    const refused = await dossier(['sync', 'share', server.url, '--library', library]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('registration token');
    const shared = await dossier([
      'sync',
      'share',
      server.shareUrl,
      '--json',
      '--library',
      library,
    ]);
    expect(shared.code, shared.err).toBe(0);
    // The token is not kept in the library folder once the library is registered.
    const replica = await import('node:fs/promises').then((fs) =>
      fs.readFile(join(library, 'sync', 'replica.json'), 'utf8'),
    );
    expect(replica).not.toContain(token);
    expect((await dossier(['sync', '--library', library])).code).toBe(0);
    await server.close();
  });

  it('closes a connection that sends a frame over the limit, and serves the next', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    const token = new URL(server.shareUrl).searchParams.get('register')!;
    const url = syncUrl(server.url, randomUUID(), 'y'.repeat(24), token);
    expect(await attempt(url, Buffer.alloc(MAX_DOC_FRAME + 1))).toEqual({ closed: 1009 });
    expect(await attempt(url)).toEqual({});
    await server.close();
  });

  it('warns when it listens on an address other machines can reach', async () => {
    const dir = await tempDir();
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin/dossier.mjs'), 'sync', 'serve', '--host', '0.0.0.0', '--data', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    let out = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await expect.poll(() => err, { timeout: 20_000 }).toContain('reachable from the network');
    expect(out).toMatch(
      /share a library with: dossier sync share ws:\/\/0\.0\.0\.0:\d+\/\?register=/,
    );
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  });

  it('takes so many connections to one library at once, and serves another library still', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({
      dataDir: join(dir, 'server'),
      quotas: { connectionsPerLibrary: 2 },
    });
    const token = new URL(server.shareUrl).searchParams.get('register')!;
    const url = syncUrl(server.url, randomUUID(), 'y'.repeat(24), token);
    const held = [new WebSocket(url), new WebSocket(url)];
    await Promise.all(held.map((s) => new Promise((resolve) => s.once('open', resolve))));
    expect(await attempt(url, Buffer.from('x'))).toEqual({ closed: 1013 });
    expect(await attempt(syncUrl(server.url, randomUUID(), 'z'.repeat(24), token))).toEqual({});
    // A connection let go makes room for the next.
    held[0]!.close();
    await new Promise((resolve) => held[0]!.once('close', resolve));
    await expect.poll(async () => (await attempt(url)).closed ?? 'open').toBe('open');
    held[1]!.close();
    await server.close();
  });

  it('stores no more of a library than its room, and says so to the writer', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({
      dataDir: join(dir, 'server'),
      quotas: { bytesPerLibrary: 64 * 1024 },
    });
    const library = join(dir, 'a');
    const archive = await openArchive(library);
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    const text = `Long report\n\n${words}\n`;
    ok(
      await archive.api.importFiles({
        files: [{ name: 'long.txt', dataBase64: Buffer.from(text).toString('base64') }],
      }),
    );
    await archive.close();
    const shared = await dossier(['sync', 'share', server.shareUrl, '--library', library]);
    expect(shared.code).toBe(1);
    expect(shared.err).toContain('over its room on this sync server');
    await server.close();
  });
});
