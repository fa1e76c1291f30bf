import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** The project's sample corpus: five pasted articles with their CSL-JSON files. */
export const corpusDir = join(repoRoot, 'tests/fixtures/corpus');
/** Small articles written for the tests. */
export const fixturesDir = join(repoRoot, 'tests/fixtures/articles');

/** The corpus articles' text files, in name order. */
export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(corpusDir, f));
}

/** The corpus article whose name starts with a prefix ("002"). */
export function corpusFile(prefix: string, ending = '.txt'): string {
  const name = readdirSync(corpusDir).find((f) => f.startsWith(prefix) && f.endsWith(ending));
  if (!name) throw new Error(`no corpus file ${prefix}*${ending}`);
  return join(corpusDir, name);
}

export function fixtureFiles(): string[] {
  return readdirSync(fixturesDir)
    .sort()
    .map((f) => join(fixturesDir, f));
}

export function asUpload(path: string, name = path.split('/').pop()!) {
  return { name, dataBase64: readFileSync(path).toString('base64') };
}
