import { spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaultPoint } from '../../electron/main/library/faultPoints';
import { repoRoot } from '../helpers/corpus';
import { tempDir } from '../helpers/tempLibrary';

/** The built CLI in its own process, optionally killed (SIGKILL) at a named point. */
function dossier(args: string[], crashAt?: FaultPoint) {
  const child = spawnSync(process.execPath, [join(repoRoot, 'bin/dossier.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_LIBRARY: '', DOSSIER_CRASH_AT: crashAt ?? '' },
  });
  return { code: child.status, signal: child.signal, out: child.stdout, err: child.stderr };
}

const QUOTES = [
  'the dockers walked out',
  'the port authority refused',
  'ships waited offshore',
  'the union called it a victory',
];

async function harbourLibrary(): Promise<{ lib: string; id: string }> {
  const file = join(await tempDir(), 'harbour.txt');
  await writeFile(
    file,
    `Harbour strike\n\nAt dawn the dockers walked out over pay. By noon the port authority refused to talk.\n\nFor a week the ships waited offshore. In the end the union called it a victory.\n`,
  );
  const lib = await tempDir();
  expect(dossier(['import', file, '--library', lib]).code).toBe(0);
  const [source] = JSON.parse(dossier(['list', '--json', '--library', lib]).out);
  return { lib, id: source.id };
}

const tag = (lib: string, id: string, quote: string) => [
  'tag',
  id,
  '--quote',
  quote,
  '--theme',
  'labour',
  '--library',
  lib,
];

const tagged = (lib: string) =>
  dossier(['passages', '--theme', 'labour', '--json', '--library', lib]).out;

describe('a CLI command killed at a chosen point in the write path', () => {
  const points: { at: FaultPoint; acknowledged: boolean }[] = [
    // The change is durable in the journal, the process dies before it says so.
    { at: 'after-journal-line', acknowledged: false },
    // The rest die while library.json is rewritten at close, after "tagged" was printed.
    { at: 'during-temp-write', acknowledged: true },
    { at: 'after-rename', acknowledged: true },
    { at: 'after-journal-cut', acknowledged: true },
  ];
  for (const { at, acknowledged } of points) {
    it(`${at}: loses nothing acknowledged, and check puts the folder in order`, async () => {
      const { lib, id } = await harbourLibrary();
      for (const quote of QUOTES.slice(0, 3)) expect(dossier(tag(lib, id, quote)).code).toBe(0);
      const killed = dossier(tag(lib, id, QUOTES[3]!), at);
      expect(killed.signal).toBe('SIGKILL');
      expect(killed.out.includes('tagged')).toBe(acknowledged);

      const after = tagged(lib);
      // A change on disk before the kill comes back even when it was not yet acknowledged.
      for (const quote of QUOTES) expect(after, `${at}: ${quote}`).toContain(quote);
      const repaired = dossier(['check', '--repair', '--library', lib]);
      expect(repaired.code, repaired.out).toBe(0);
      expect((await readdir(lib)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(dossier(['check', '--library', lib]).out).toContain('The library is in order.');
    });
  }
});
