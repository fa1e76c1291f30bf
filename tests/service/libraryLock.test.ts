import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';

/** Opens the library in a separate Node process and keeps it open until killed. */
function holdLibraryInAnotherProcess(dir: string) {
  const script = `
    import { register } from 'tsx/esm/api';
    register();
    const { openArchive } = await import(${JSON.stringify(join(repoRoot, 'electron/main/archive/archiveService.ts'))});
    await openArchive(${JSON.stringify(dir)});
    process.stdout.write('open\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return { child, ready };
}

describe('library lock', () => {
  it('gives a second process on the same library a clear message', async () => {
    const dir = await tempDir();
    const holder = holdLibraryInAnotherProcess(dir);
    try {
      await holder.ready;
      const error = await openArchive(dir).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'LIBRARY_LOCKED' });
      expect((error as Error).message).toMatch(
        new RegExp(`is open in another Dossier \\(process ${holder.child.pid} on `),
      );
    } finally {
      holder.child.kill();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'library.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: 'x' }),
    );
    const archive = await openArchive(dir);
    expect(JSON.parse(await readFile(join(dir, 'library.lock'), 'utf8')).pid).toBe(process.pid);
    await archive.close();
    expect(existsSync(join(dir, 'library.lock'))).toBe(false);
  });

  it('lets the same library be opened again once it is closed', async () => {
    const dir = await tempDir();
    const first = await openArchive(dir);
    await expect(openArchive(dir)).rejects.toMatchObject({ code: 'LIBRARY_LOCKED' });
    await first.close();
    const second = await openArchive(dir);
    await second.close();
  });
});
