import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dossierProcess, harbourLibrary } from '../helpers/cliProcess';
import { repoRoot } from '../helpers/corpus';
import { tempDir } from '../helpers/tempLibrary';

/** The packages a command loaded, by name, when the built CLI ran it in a process of its own. */
async function packagesLoaded(args: string[]) {
  const log = join(await tempDir(), 'modules.log');
  const hook = pathToFileURL(join(repoRoot, 'tests/helpers/moduleLog/register.mjs')).href;
  const run = dossierProcess(args, { NODE_OPTIONS: `--import=${hook}`, DOSSIER_MODULE_LOG: log });
  expect(run.code, run.err).toBe(0);
  const urls = (await readFile(log, 'utf8')).split('\n');
  const names = urls.flatMap((url) => {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    return match ? [match[1]!] : [];
  });
  return { names: new Set(names), urls };
}

// The file formats' readers and writers, the citation processor and the sync engine: what an
// import, an export, a citation or a sync needs, and a listing or a search does not.
const FORMAT_PACKAGES = [
  'fast-xml-parser',
  'fast-xml-builder',
  'papaparse',
  'jszip',
  'jsdom',
  'pdfjs-dist',
  'mammoth',
  'docx',
  'citeproc',
  '@automerge/automerge',
];

describe('the CLI a writer runs from the shell', () => {
  it('lists and searches without loading the file formats’ libraries', async () => {
    const { lib } = await harbourLibrary();
    for (const args of [
      ['list', '--json', '--library', lib],
      ['search', 'dockers', '--json', '--library', lib],
    ]) {
      const { names, urls } = await packagesLoaded(args);
      // The log is of this run: the CLI's own bundle is in it.
      expect(urls.some((url) => url.endsWith('/out/main/cli.js'))).toBe(true);
      expect(
        FORMAT_PACKAGES.filter((name) => names.has(name)),
        args[0],
      ).toEqual([]);
    }
  });
});
