import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIndex, indexStamp } from '../../electron/main/search/indexFile';
import { SearchIndex } from '../../shared/search/index/searchIndex';
import { repoRoot } from '../helpers/corpus';
import { dossier as dossierInProcess } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { readStoredLibrary } from '../helpers/storedLibrary';

/** The built CLI as its own process: it exits when the command is done, as a writer's does. */
function dossier(args: string[]) {
  const child = spawnSync(process.execPath, [join(repoRoot, 'bin/dossier.mjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_LIBRARY: '' },
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

/** Small texts each with a word of its own, so a search names exactly one passage. */
async function writeTexts(dir: string, words: string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const word of words) {
    const path = join(dir, `${word}.txt`);
    await writeFile(path, `Notes on ${word}\n\nThe harbour committee met about ${word} today.\n`);
    paths.push(path);
  }
  return paths;
}

const passageHits = (out: string) =>
  (JSON.parse(out) as { hits: { field: string }[] }).hits.filter((h) => h.field === 'passage');

describe('the search index holds everything the library holds', () => {
  it('finds every passage of files the CLI imported into a library that had an index', async () => {
    const lib = await tempDir();
    const inbox = await tempDir();
    const words = ['quillwort', 'marram', 'eelgrass', 'samphire', 'knotweed', 'lichen'];
    const [first, ...rest] = await writeTexts(inbox, words);
    expect(dossier(['import', first!, '--library', lib]).code).toBe(0);
    // The first search makes the index and stores it.
    expect(
      passageHits(dossier(['search', words[0]!, '--json', '--library', lib]).out),
    ).toHaveLength(1);
    expect(dossier(['import', ...rest, '--library', lib]).code).toBe(0);
    for (const word of words) {
      const found = dossier(['search', word, '--json', '--library', lib]);
      expect(passageHits(found.out), word).toHaveLength(1);
    }
  });

  it('finds what the window imported after the library is opened again', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const first = await archive.api.search({ query: 'anything' });
    expect(first.ok).toBe(true);
    const words = ['bladderwrack', 'knotweed', 'samphire'];
    await archive.api.importFiles({
      files: words.map((w) => ({
        name: `${w}.txt`,
        dataBase64: Buffer.from(`On ${w}\n\nA passage about ${w} alone.`).toString('base64'),
      })),
    });
    await archive.close();
    const again = await openArchive(dir);
    for (const word of words) {
      const found = await again.api.search({ query: word });
      expect(found.ok && found.value.hits.filter((h) => h.field === 'passage'), word).toHaveLength(
        1,
      );
    }
  });

  it('mends a stored index stamped current that lacks sources, and check says so', async () => {
    const lib = await tempDir();
    const inbox = await tempDir();
    const words = ['hornwort', 'duckweed'];
    expect(dossier(['import', ...(await writeTexts(inbox, words)), '--library', lib]).code).toBe(0);
    // An index as an older Dossier left it: stamped for this very library, with no passages.
    const doc = readStoredLibrary(lib);
    await writeFile(
      join(lib, 'index', 'search.bin'),
      encodeIndex(new SearchIndex(), indexStamp(doc)),
    );
    const checked = await dossierInProcess(['check', '--json', '--library', lib]);
    const report = JSON.parse(checked.out) as { searchIndex: string; searchIndexCompleted: number };
    expect(report).toMatchObject({ searchIndex: 'completed', searchIndexCompleted: 2 });
    for (const word of words)
      expect(
        passageHits(dossier(['search', word, '--json', '--library', lib]).out),
        word,
      ).toHaveLength(1);
    // Mended on disk: the next check finds it current.
    const again = JSON.parse((await dossierInProcess(['check', '--json', '--library', lib])).out);
    expect(again.searchIndex).toBe('current');
  });
});
