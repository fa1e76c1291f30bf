import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const sharedCorpusDir = resolve(repoRoot, '../shared/corpus');
export const fixturesDir = join(repoRoot, 'tests/fixtures/articles');

/** The sample corpus when it sits beside the repository, else the repository's own fixtures. */
export function corpusFiles(): string[] {
  const dir = existsSync(sharedCorpusDir) ? sharedCorpusDir : fixturesDir;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

export function fixtureFiles(): string[] {
  return readdirSync(fixturesDir)
    .sort()
    .map((f) => join(fixturesDir, f));
}

export function asUpload(path: string, name = path.split('/').pop()!) {
  return { name, dataBase64: readFileSync(path).toString('base64') };
}
