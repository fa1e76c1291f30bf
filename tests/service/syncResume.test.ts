// A replica whose sync is killed halfway: its next run finishes what the killed one began.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { corpusFile, repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { firstPassage } from '../helpers/firstPassage';
import { tempDir } from '../helpers/tempLibrary';

describe('a sync cut short', () => {
  it('resumes: a replica killed mid-sync sends everything on its next run', async () => {
    const dir = await tempDir();
    let kill: (() => void) | null = null;
    const server = await startSyncServer({
      dataDir: join(dir, 'server'),
      // The first message of the doomed run kills its process before any answer reaches it.
      onMessage: () => kill?.(),
    });
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    await dossier(['import', corpusFile('003'), '--library', a]);
    const { code } = JSON.parse(
      (await dossier(['sync', 'share', server.shareUrl, '--json', '--library', a])).out,
    ) as { code: string };
    await dossier(['sync', 'join', server.url, code, '--library', b]);
    await dossier(['tag', ...(await firstPassage(a)), '--theme', 'labour', '--library', a]);

    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin/dossier.mjs'), 'sync', '--library', a],
      {
        stdio: 'ignore',
      },
    );
    const killed = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    kill = () => {
      kill = null;
      child.kill('SIGKILL');
    };
    expect(await killed).toBe('SIGKILL');
    // Its lock names a process that is gone: the next run takes the library and finishes.
    expect((await dossier(['sync', '--library', a])).code).toBe(0);
    expect((await dossier(['sync', '--library', b])).out).toMatch(/received: highlights 1 added/);
    await server.close();
  });
});
