import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from './corpus';
import { tempDir } from './tempLibrary';

/** The built CLI in a process of its own, as a writer runs it; env adds to this process's. */
export function dossierProcess(args: string[], env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, [join(repoRoot, 'bin/dossier.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_LIBRARY: '', ...env },
  });
  return { code: child.status, signal: child.signal, out: child.stdout, err: child.stderr };
}

/** A short report of a dock strike, not the sample corpus: quotes below are each in it once. */
export const HARBOUR_TEXT =
  'Harbour strike\n\nAt dawn the dockers walked out over pay. By noon the port authority refused to talk.\n\nFor a week the ships waited offshore. In the end the union called it a victory.\n';

/** A library of that report, imported by the CLI; and the report's id. */
export async function harbourLibrary(): Promise<{ lib: string; id: string }> {
  const file = join(await tempDir(), 'harbour.txt');
  await writeFile(file, HARBOUR_TEXT);
  const lib = await tempDir();
  expect(dossierProcess(['import', file, '--library', lib]).code).toBe(0);
  const [source] = JSON.parse(dossierProcess(['list', '--json', '--library', lib]).out);
  return { lib, id: source.id };
}

/** dossier tag ID --quote QUOTE --theme labour. */
export const tagLabour = (lib: string, id: string, quote: string) => [
  'tag',
  id,
  '--quote',
  quote,
  '--theme',
  'labour',
  '--library',
  lib,
];
