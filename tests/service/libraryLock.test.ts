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

/** A library folder whose lock names this test process, running `program`. */
async function lockedByThisProcess(program: string) {
  const dir = await tempDir();
  const file = join(dir, 'library.lock');
  await writeFile(
    file,
    JSON.stringify({ pid: process.pid, host: hostname(), since: 'then', program }),
  );
  return { dir, file };
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

/**
 * Processes that each try to lock a library when told to ("go DIR" on stdin), and say whether
 * they won; started once, so the race is between warm processes starting together.
 */
function startRacers(count: number) {
  const script = `
    import { register } from 'tsx/esm/api';
    import { createInterface } from 'node:readline';
    register();
    const { acquireLibraryLock } = await import(${JSON.stringify(join(repoRoot, 'electron/main/library/libraryLock.ts'))});
    process.stdout.write('ready\\n');
    let lock = null;
    for await (const line of createInterface({ input: process.stdin })) {
      if (line.startsWith('go ')) {
        const dir = line.slice(3);
        try { lock = acquireLibraryLock(dir + '/library.lock', dir); } catch { lock = null; }
        process.stdout.write((lock ? 'won' : 'lost') + '\\n');
      } else {
        // Held until every racer has answered, then released for the next trial.
        lock?.release();
        lock = null;
        process.stdout.write('released\\n');
      }
    }
  `;
  return Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      lines.push(...parts);
    });
    const next = async () => {
      await expect.poll(() => lines.length).toBeGreaterThan(0);
      return lines.shift()!;
    };
    return { child, next };
  });
}

describe('library lock race', () => {
  it('lets exactly one of four processes take over a stale lock, in each of 20 trials', async () => {
    const racers = startRacers(4);
    try {
      for (const r of racers) expect(await r.next()).toBe('ready');
      for (let trial = 0; trial < 20; trial++) {
        const dir = await tempDir();
        // Left by a process that is gone: every racer sees it stale at once.
        await writeFile(
          join(dir, 'library.lock'),
          JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: 'then' }),
        );
        for (const r of racers) r.child.stdin.write(`go ${dir}\n`);
        const answers = await Promise.all(racers.map((r) => r.next()));
        expect(
          answers.filter((a) => a === 'won'),
          `trial ${trial}: ${answers.join(' ')}`,
        ).toHaveLength(1);
        for (const r of racers) r.child.stdin.write('release\n');
        for (const r of racers) expect(await r.next()).toBe('released');
      }
    } finally {
      for (const r of racers) r.child.kill();
    }
  });

  it('explains a lock naming a live process that is not Dossier, with the path to remove', async () => {
    // This test runner's own process: alive, and running no Dossier program.
    const { dir, file } = await lockedByThisProcess('/nowhere/dossier.mjs');
    const error = await openArchive(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LIBRARY_LOCKED' });
    expect((error as Error).message).toMatch(
      new RegExp(
        `names process ${process.pid}, which is running but is not Dossier .*delete ${file.replace(/[/.]/g, '\\$&')} and open it again`,
      ),
    );
  });

  it('knows a Dossier started by a relative path (node scripts/web.mjs) as Dossier', async () => {
    // The lock names the script by its absolute path; the command line has it as typed.
    const script = (process.argv[1] ?? '').split('/').pop()!;
    const { dir } = await lockedByThisProcess(`/where/it/was/started/${script}`);
    const error = await openArchive(dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/is open in another Dossier \(process \d+/);
  });

  it('explains a lock from another computer', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'library.lock'),
      JSON.stringify({ pid: 1, host: 'another-laptop', since: 'then' }),
    );
    const error = await openArchive(dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /by Dossier on another computer \(another-laptop.*delete .*library\.lock/,
    );
  });
});
