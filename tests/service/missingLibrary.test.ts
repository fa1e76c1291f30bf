import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asUpload, fixtureFiles } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';

/** A library with the test articles and a dozen acknowledged notes still in its journal. */
async function libraryWithJournal(): Promise<{ dir: string; journal: string }> {
  const dir = await tempDir();
  const archive = await openArchive(dir);
  const imported = await archive.api.importFiles({ files: fixtureFiles().map((f) => asUpload(f)) });
  await archive.close();
  if (!imported.ok) throw new Error(imported.error.message);
  const again = await openArchive(dir);
  const sources = await again.api.listSources({});
  if (!sources.ok) throw new Error(sources.error.message);
  for (let i = 0; i < 12; i++)
    await again.api.setSourceNote({ sourceId: sources.value[i % 3]!.id, note: `note ${i}` });
  // The process is gone without closing: its changes are in the journal alone.
  await rm(join(dir, 'library.lock'));
  return { dir, journal: await readFile(join(dir, 'library.journal'), 'utf8') };
}

describe('a library folder without library.json', () => {
  it('is refused, not opened empty: the journal is kept and the newest backup offered', async () => {
    const { dir, journal } = await libraryWithJournal();
    expect(journal.split('\n').filter(Boolean)).toHaveLength(12);
    await rm(join(dir, 'library.json'));
    const themes = await dossier(['themes', '--library', dir]);
    expect(themes.code).toBe(1);
    expect(themes.err).toContain(`library.json is missing from ${dir}`);
    expect(themes.err).toMatch(/library\.journal \(\d+ bytes of changes\)/);
    const backup = (await readdir(join(dir, 'backups')))
      .filter((n) => n.startsWith('library-'))
      .sort()
      .at(-1);
    expect(themes.err).toContain(`dossier restore ${backup}`);
    // Nothing truncated, nothing written.
    expect(await readFile(join(dir, 'library.journal'), 'utf8')).toBe(journal);
    await expect(stat(join(dir, 'library.json'))).rejects.toThrow();

    // The offered command brings the library back, with the journal kept aside, not lost.
    expect((await dossier(['restore', backup!, '--library', dir])).code).toBe(0);
    const kept = (await readdir(dir)).find((f) => f.startsWith('library.journal.before-restore'));
    expect(await readFile(join(dir, kept!), 'utf8')).toBe(journal);
    expect((await dossier(['list', '--library', dir])).code).toBe(0);
  });

  it('is a new library only when nothing of a library is there', async () => {
    const dir = await tempDir();
    const list = await dossier(['list', '--json', '--library', join(dir, 'not-yet')]);
    expect(list.code).toBe(0);
    // Nothing to say about a library that is not there yet, and nothing made for it.
    expect(list.err).toBe('');
    await expect(stat(join(dir, 'not-yet'))).rejects.toThrow();
    expect(JSON.parse(list.out)).toEqual([]);
  });
});

describe('a library.json that holds no library', () => {
  it('is refused with a way back, not opened as an empty library', async () => {
    const { dir } = await libraryWithJournal();
    await dossier(['list', '--library', dir]);
    await writeFile(join(dir, 'library.json'), '{}');
    const list = await dossier(['list', '--library', dir]);
    expect(list.code).toBe(1);
    expect(list.err).toContain('it does not hold a Dossier library');
    expect(list.err).toContain('dossier restore');
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe('{}');
  });
});
