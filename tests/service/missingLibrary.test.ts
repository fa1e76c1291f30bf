import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asUpload, fixtureFiles } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';

/** A library with the test articles and a dozen acknowledged notes; the process gone unclosed. */
async function libraryInUse(): Promise<{ dir: string }> {
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
  await rm(join(dir, 'library.lock'));
  return { dir };
}

const removeDatabase = async (dir: string) => {
  for (const end of ['', '-wal', '-shm']) await rm(join(dir, `library.db${end}`), { force: true });
};

describe('a library folder without library.db', () => {
  it('is refused, not opened empty: nothing is made and the newest backup offered', async () => {
    const { dir } = await libraryInUse();
    await removeDatabase(dir);
    const themes = await dossier(['themes', '--library', dir]);
    expect(themes.code).toBe(1);
    expect(themes.err).toContain(`The library's records (library.db) are missing from ${dir}`);
    expect(themes.err).toMatch(/texts\/ \(\d+ files?\)/);
    const backup = (await readdir(join(dir, 'backups')))
      .filter((n) => n.startsWith('library-'))
      .sort()
      .at(-1);
    expect(themes.err).toContain(`dossier restore ${backup}`);
    // Nothing written: no empty library made in its place.
    expect((await readdir(dir)).filter((f) => f.startsWith('library.'))).toEqual([]);

    // The offered command brings the library back.
    expect((await dossier(['restore', backup!, '--library', dir])).code).toBe(0);
    const list = await dossier(['list', '--json', '--library', dir]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toHaveLength(3);
  });

  it('is not made by a command that only reads', async () => {
    const dir = await tempDir();
    const list = await dossier(['list', '--json', '--library', join(dir, 'not-yet')]);
    // One sentence on stderr, nothing on stdout to be read as an empty library, nothing made.
    expect(list.code).toBe(1);
    expect(list.out).toBe('');
    expect(list.err).toMatch(/^dossier: There is no library at .*not-yet\./);
    await expect(stat(join(dir, 'not-yet'))).rejects.toThrow();
  });
});

describe('a library.db that is no database', () => {
  it('is refused with a way back, not opened as an empty library, and left as it was', async () => {
    const { dir } = await libraryInUse();
    await dossier(['list', '--library', dir]);
    await removeDatabase(dir);
    await writeFile(
      join(dir, 'library.db'),
      'this is not a database at all, only text '.repeat(200),
    );
    const before = await readFile(join(dir, 'library.db'));
    const list = await dossier(['list', '--library', dir]);
    expect(list.code).toBe(1);
    expect(list.err).toContain(`library.db in ${dir} cannot be read`);
    expect(list.err).toContain('dossier restore');
    expect(await readFile(join(dir, 'library.db'))).toEqual(before);
  });
});

describe('a library.json that holds no library', () => {
  it('is refused with a way back, not opened as an empty library', async () => {
    const { dir } = await libraryInUse();
    await removeDatabase(dir);
    await writeFile(join(dir, 'library.json'), '{}');
    const list = await dossier(['list', '--library', dir]);
    expect(list.code).toBe(1);
    expect(list.err).toContain('it does not hold a Dossier library');
    expect(list.err).toContain('dossier restore');
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe('{}');
    expect(await readdir(dir)).not.toContain('library.db');
  });
});
