import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';
import { tempDir } from '../helpers/tempLibrary';

/** The built browser shell on a library: the writer that holds the lock. */
async function startShell(library: string): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(process.execPath, [join(repoRoot, 'out/main/web.js'), '--library', library], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  await expect.poll(() => out, { timeout: 20_000 }).toMatch(/Open (\S+) in your browser/);
  return { child, url: new URL(/Open (\S+) in your browser/.exec(out)![1]!) };
}

async function createTheme(url: URL, name: string): Promise<boolean> {
  const token = /token=([0-9a-f]+)/.exec(url.hash)![1]!;
  const response = await fetch(new URL('/api/createTheme', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': token },
    body: JSON.stringify({ name }),
  });
  return ((await response.json()) as { ok: boolean }).ok;
}

/** dossier themes --json in its own process, without blocking this one (the writer runs on). */
function themeNames(
  library: string,
): Promise<{ code: number | null; names: string[]; err: string }> {
  const child = spawn(process.execPath, [
    join(repoRoot, 'bin/dossier.mjs'),
    'themes',
    '--json',
    '--library',
    library,
  ]);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        names: code === 0 ? (JSON.parse(out) as { name: string }[]).map((t) => t.name) : [],
        err,
      }),
    ),
  );
}

describe('reading a library another Dossier is writing', () => {
  it('every read succeeds and holds at least what was acknowledged before it began', async () => {
    const library = await tempDir();
    const { child, url } = await startShell(library);
    try {
      const acknowledged: string[] = [];
      let writing = true;
      // The window's writer: themes one after another, each its own transaction.
      const writer = (async () => {
        for (let i = 0; writing && i < 400; i++) {
          const name = `concurrent theme ${i}`;
          if (await createTheme(url, name)) acknowledged.push(name);
        }
      })();
      for (let read = 0; read < 12; read++) {
        const before = [...acknowledged];
        const { code, names, err } = await themeNames(library);
        expect(code, err).toBe(0);
        expect(err).toContain('read as it stands, without writing');
        const seen = new Set(names);
        expect(before.filter((n) => !seen.has(n))).toEqual([]);
      }
      writing = false;
      await writer;
      expect(acknowledged.length).toBeGreaterThan(12);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
