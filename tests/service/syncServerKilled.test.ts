// A sync server killed (SIGKILL) the moment a writer's round ends: what the round told the
// writer arrived is on the server's disk, and a writer who joins after the restart gets it,
// though the first writer never syncs again (issue 26: why Dossier keeps its own server).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { harbourLibrary, tagLabour } from '../helpers/cliProcess';
import { tempDir } from '../helpers/tempLibrary';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** `dossier sync serve` in a process of its own, once it says where to share. */
async function serve(data: string, port: number): Promise<{ child: ChildProcess; share: string }> {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin/dossier.mjs'), 'sync', 'serve', '--data', data, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  await expect.poll(() => out, { timeout: 20_000 }).toMatch(/dossier sync share (\S+)/);
  return { child, share: /dossier sync share (\S+)/.exec(out)![1]! };
}

const killed = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | null>((resolve) => {
    child.once('exit', (_code, signal) => resolve(signal));
    child.kill('SIGKILL');
  });

describe('a sync server killed as a round ends', () => {
  it('keeps what the round told the writer it had', async () => {
    const dir = await tempDir();
    const data = join(dir, 'server');
    const port = await freePort();
    const first = await serve(data, port);
    const servers = [first.child];
    onTestFinished(() => {
      for (const child of servers) child.kill('SIGKILL');
    });
    const { lib: a, id } = await harbourLibrary();
    const { code } = JSON.parse(
      (await dossier(['sync', 'share', first.share, '--json', '--library', a])).out,
    ) as { code: string };
    expect((await dossier(tagLabour(a, id, 'the dockers walked out over pay'))).code).toBe(0);
    // The round that sends the tag ends; the server dies at once, with no chance to tidy.
    const round = await dossier(['sync', '--library', a]);
    expect(round.code).toBe(0);
    expect(round.out).toMatch(/sent: highlights 1 added/);
    expect(await killed(first.child)).toBe('SIGKILL');

    const again = await serve(data, port);
    servers.push(again.child);
    const b = join(dir, 'b');
    const joined = await dossier(['sync', 'join', `ws://127.0.0.1:${port}`, code, '--library', b]);
    expect(joined.code).toBe(0);
    const passages = await dossier(['passages', '--theme', 'labour', '--library', b]);
    expect(passages.out).toContain('the dockers walked out over pay');
  });
});
