import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';
import { tempDir } from '../helpers/tempLibrary';

const TRIALS = 30;

/** The built browser shell on a library, and the address (with its token) it printed. */
async function startShell(library: string): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(process.execPath, [join(repoRoot, 'out/main/web.js'), '--library', library], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  await expect.poll(() => out || err).toMatch(/Open (\S+) in your browser/);
  return { child, url: new URL(/Open (\S+) in your browser/.exec(out)![1]!) };
}

async function call(url: URL, name: string, input: unknown) {
  const token = /token=([0-9a-f]+)/.exec(url.hash)![1]!;
  const response = await fetch(new URL(`/api/${name}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged change across ${TRIALS} kill -9s of the shell mid-write`, async () => {
    const library = await tempDir();
    const acknowledged: string[] = [];
    let sent = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const { child, url } = await startShell(library);
      // A burst of writes; the kill lands as soon as the first is acknowledged, while the
      // others are in flight or being written.
      const writes: Promise<void>[] = [];
      for (let i = 0; i < 4 + (trial % 5); i++) {
        const name = `theme ${trial}-${i}`;
        sent++;
        writes.push(
          call(url, 'createTheme', { name }).then(
            (reply) => {
              if (reply.ok) acknowledged.push(name);
              child.kill('SIGKILL');
            },
            () => {}, // cut off by the kill: never acknowledged, so it may be lost
          ),
        );
      }
      await Promise.all(writes);
      await exited(child);
    }
    const { child, url } = await startShell(library);
    try {
      const themes = (await call(url, 'listThemes', {})).value as { name: string }[];
      const names = new Set(themes.map((t) => t.name));
      const lost = acknowledged.filter((name) => !names.has(name));
      // Every trial had a write acknowledged before its kill, and the kills cut writes short.
      expect(acknowledged.length).toBeGreaterThanOrEqual(TRIALS);
      expect(acknowledged.length).toBeLessThan(sent);
      expect(lost).toEqual([]);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  });
});
