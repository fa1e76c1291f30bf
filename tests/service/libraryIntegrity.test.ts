import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { fixtureFiles, asUpload } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { diffLibraries } from '../../shared/history/changePatch';
import { toJournalEntry } from '../../shared/history/patchCodec';
import { asLibraryJson, plantMeta, plantRow, readStoredLibrary } from '../helpers/storedLibrary';

const upload = (name: string, text: string) => ({
  name,
  dataBase64: Buffer.from(text).toString('base64'),
});

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const cli = (args: string[]) => dossier(args);

/** Every file of a folder with its bytes and modification time. */
async function snapshot(dir: string): Promise<Map<string, { bytes: string; mtime: number }>> {
  const files = new Map<string, { bytes: string; mtime: number }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), {
      bytes: (await readFile(path)).toString('base64'),
      mtime: (await stat(path)).mtimeMs,
    });
  }
  return files;
}

/** A library of the test articles, closed; and one article's id. */
async function fixtureLibrary(): Promise<{ dir: string; id: string }> {
  const dir = await tempDir();
  const archive = await openArchive(dir);
  const report = ok(
    await archive.api.importFiles({ files: fixtureFiles().map((f) => asUpload(f)) }),
  );
  await archive.close();
  const strike = report.results.find((r) => r.file === 'oil-strike.txt')!;
  if (strike.status !== 'imported') throw new Error('fixture not imported');
  return { dir, id: strike.source.id };
}

/** Simulates a crash: the process is gone, its lock and unsynced memory with it. */
async function crash(dir: string): Promise<void> {
  await rm(join(dir, 'library.lock'), { force: true });
}

describe('bad records never lock a library', () => {
  it('repairs a CSL-JSON name written as text, and the library still opens after the index goes', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const csl = JSON.stringify([
      { id: 'smith', type: 'book', title: 'Rivers of Oil', author: 'Smith, John' },
      { id: 'doe', type: 'book', title: 'Salt and Steppe', author: [{ family: 'Doe' }] },
    ]);
    const [outcome] = ok(
      await archive.api.importFiles({ files: [upload('refs.json', csl)] }),
    ).results;
    expect(outcome).toMatchObject({ status: 'metadata' });
    expect(outcome!.status === 'metadata' && outcome!.created).toHaveLength(2);
    expect(outcome!.status === 'metadata' && outcome!.warnings).toEqual([
      'record 1 (smith “Rivers of Oil”): author was text; kept as one literal name',
    ]);
    await archive.close();
    await rm(join(dir, 'index'), { recursive: true, force: true });

    const listed = await cli(['list', '--json', '--library', dir]);
    expect(listed.code).toBe(0);
    const cited = await cli(['search', 'Rivers', '--json', '--library', dir]);
    expect(cited.code).toBe(0);
    const reopened = await openArchive(dir);
    const smith = ok(await reopened.api.listSources({})).find((s) => s.title === 'Rivers of Oil')!;
    const detail = ok(await reopened.api.getSource({ id: smith.id }));
    expect(detail.metadata.author).toEqual([{ literal: 'Smith, John' }]);
    const apa = ok(
      await reopened.api.cite({ sourceId: smith.id, style: 'apa', form: 'bibliography' }),
    );
    expect(apa.text).toMatch(/^Smith, John\. \(n\.d\.\)\. Rivers of oil/i);
  });

  it('sets aside a record it cannot repair, names it, and imports the rest (exit 1)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'refs.json');
    await writeFile(
      file,
      JSON.stringify([
        { id: 'good', type: 'book', title: 'A Good Book' },
        { id: 'bad', type: 'book', title: 'A Bad Record', author: [42] },
      ]),
    );
    const run = await cli(['import', file, '--library', join(dir, 'lib')]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/1 reference added, 1 set aside/);
    expect(run.err).toMatch(/record 2 \(bad “A Bad Record”\) was set aside: .*author/);
  });

  it('repairs the same shape inside a BibTeX entry that carries a Dossier record', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const record = { id: 'x', type: 'book', title: 'Carried Along', author: 'Roe, Richard' };
    const encoded = Buffer.from(JSON.stringify(record)).toString('base64url');
    const bib = `@book{x,\n  title = {Carried Along},\n  note = {x-dossier-csl:${encoded}}\n}\n`;
    const [outcome] = ok(
      await archive.api.importFiles({ files: [upload('carried.bib', bib)] }),
    ).results;
    expect(outcome!.status).toBe('metadata');
    const source = ok(await archive.api.listSources({})).find((s) => s.title === 'Carried Along');
    expect(source).toBeDefined();
  });

  it('opens a library.db with wrong-shaped rows, setting them aside in quarantine/', async () => {
    const { dir } = await fixtureLibrary();
    const [first, ...rest] = readStoredLibrary(dir).sources;
    plantRow(dir, 'sources', 'empty', '{}');
    plantRow(
      dir,
      'sources',
      first!.id,
      JSON.stringify({ ...first, original: '../../../../etc/passwd' }),
    );
    plantRow(dir, 'highlights', 'torn', '{"id":"torn","sourceId":"s1","the');
    plantMeta(dir, 'dismissedSuggestions', '"none"');

    const archive = await openArchive(dir);
    expect(ok(await archive.api.listSources({}))).toHaveLength(rest.length);
    const health = ok(await archive.api.libraryHealth({}));
    expect(health.setAside.map((a) => [a.collection, a.reason])).toEqual([
      ['highlights', expect.stringMatching(/^it is not JSON/)],
      ['sources', 'original: original is not a name the library gives'],
      ['sources', expect.stringMatching(/^id: /)],
      ['library', 'dismissedSuggestions is not a list'],
    ]);
    for (const aside of health.setAside) {
      const kept = JSON.parse(await readFile(join(dir, aside.file), 'utf8'));
      expect(kept.reason).toBe(aside.reason);
    }
    expect(health.setAside[1]!.id).toBe(first!.id);
    // The library works around the gap: tagging, closing and reopening.
    expect(ok(await archive.api.themeMatrix({}))).toBeDefined();
    await archive.close();
    // What was set aside is out of the database: the next open has nothing new to say.
    const again = await openArchive(dir);
    expect(ok(await again.api.libraryHealth({})).setAside).toEqual([]);
    expect(ok(await again.api.listSources({}))).toHaveLength(rest.length);
  });
});

describe('a library kept the older way (library.json and its journal)', () => {
  /** The library as library.json, with journal lines after it: one sets the source's note. */
  async function olderLibrary(note: string) {
    const { dir, id } = await fixtureLibrary();
    const doc = readStoredLibrary(dir);
    await asLibraryJson(dir, doc);
    const after = {
      ...doc,
      sources: doc.sources.map((s) => (s.id === id ? { ...s, note } : s)),
    };
    const line = JSON.stringify(toJournalEntry(diffLibraries(doc, after)));
    return { dir, id, line, journal: join(dir, 'library.journal') };
  }

  it('moves into library.db with its journal; a damaged line costs that change only', async () => {
    const { dir, id, line, journal } = await olderLibrary('first note');
    const later = line.replace('first note', 'later note');
    await writeFile(journal, `${line}\n{"sources": 5}\nnot json at all\n${later}\n`);

    const reopened = await openArchive(dir);
    expect(ok(await reopened.api.getSource({ id })).note).toBe('later note');
    const health = ok(await reopened.api.libraryHealth({}));
    expect(health.journalDamage.map((d) => d.line)).toEqual([2, 3]);
    expect(health.journalDamage[0]!.reason).toBe('sources is not a list');
    const damaged = await readFile(join(dir, 'library.journal.damaged'), 'utf8');
    expect(damaged).toContain('{"sources": 5}');
    expect(damaged).toContain('not json at all');
    await reopened.close();
    // Moved in: library.json kept under another name, a copy in backups/, the journal gone.
    const names = await readdir(dir);
    expect(names).toContain('library.db');
    expect(names).toContain('library.before-database.json');
    expect(names).not.toContain('library.json');
    expect(names).not.toContain('library.journal');
    expect(readStoredLibrary(dir).sources.find((s) => s.id === id)!.note).toBe('later note');
  });

  it('a torn last line is told, and changes after the move survive a crash', async () => {
    const { dir, id, line, journal } = await olderLibrary('before the crash');
    await writeFile(journal, `${line}\n{"sources":[["sX",{"id":"sX","ti`);

    const second = await openArchive(dir);
    expect(ok(await second.api.libraryHealth({})).journalTorn).toBe(true);
    expect(ok(await second.api.getSource({ id })).note).toBe('before the crash');
    for (let i = 0; i < 12; i++)
      ok(await second.api.setSourceNote({ sourceId: id, note: `session two, change ${i}` }));
    await crash(dir);

    const third = await openArchive(dir);
    expect(ok(await third.api.getSource({ id })).note).toBe('session two, change 11');
    expect(ok(await third.api.libraryHealth({})).journalDamage).toEqual([]);
  });
});

describe('the check at open', () => {
  it('checks again a row another tool changed after Dossier wrote it, and sets it aside', async () => {
    const { dir } = await fixtureLibrary();
    const [first] = readStoredLibrary(dir).sources;
    plantRow(dir, 'sources', first!.id, JSON.stringify({ ...first, passages: 'broken' }));
    const archive = await openArchive(dir);
    expect(ok(await archive.api.libraryHealth({})).setAside).toHaveLength(1);
    await archive.close();
  });
});

describe('reads write nothing', () => {
  it('list, show, search, cite, bib, themes, matrix and passages leave every file as it was', async () => {
    const { dir, id } = await fixtureLibrary();
    // A second session, so backups and the index are as a library in use has them.
    const archive: Archive = await openArchive(dir);
    ok(await archive.api.setSourceNote({ sourceId: id, note: 'a note' }));
    await archive.close();
    const before = await snapshot(dir);
    const at = ['--library', dir];
    for (const args of [
      ['list'],
      ['list', '--json'],
      ['show', id],
      ['search', 'Zhanaozen'],
      ['cite', id],
      ['bib'],
      ['themes'],
      ['matrix'],
      ['passages', '--theme', 'labour'],
    ]) {
      const run = await cli([...args, ...at]);
      expect(run.code, args.join(' ')).toBe(0);
    }
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('backups', () => {
  it('are taken before the first change of each session of the window, and kept by count', async () => {
    const { dir } = await fixtureLibrary();
    const sessions = 25;
    for (let i = 0; i < sessions; i++) {
      const archive = await openArchive(dir);
      ok(
        await archive.api.importFiles({
          files: [upload(`note-${i}.txt`, `Note ${i}\n\nField note number ${i} from the visit.\n`)],
        }),
      );
      await archive.close();
    }
    const backups = (await readdir(join(dir, 'backups')))
      .filter((n) => n.startsWith('library-'))
      .sort();
    // The newest 20 copies (all of one day), the newest the library before the last session.
    expect(backups).toHaveLength(20);
    const newest = JSON.parse(await readFile(join(dir, 'backups', backups.at(-1)!), 'utf8'));
    expect(newest.sources).toHaveLength(3 + sessions - 1);
  });

  it('a run of CLI commands shares one copy until it is ten minutes old', async () => {
    const { dir } = await fixtureLibrary();
    const inbox = await tempDir();
    const importNote = async (i: number) => {
      const file = join(inbox, `note-${i}.txt`);
      await writeFile(file, `Note ${i}\n\nField note number ${i} from the archive visit.\n`);
      const run = await cli(['import', file, '--library', dir]);
      expect(run.code, run.err).toBe(0);
    };
    const copies = async () =>
      (await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('library-')).sort();
    const [first] = await copies();
    expect(first).toBeDefined();
    for (let i = 0; i < 5; i++) await importNote(i);
    expect(await copies()).toEqual([first]);
    // The newest copy as if taken eleven minutes ago: the next command takes its own.
    const older = new Date(Date.now() - 11 * 60_000).toISOString().replace(/[:.]/g, '-');
    await rename(join(dir, 'backups', first!), join(dir, 'backups', `library-${older}.json`));
    await importNote(5);
    const now = await copies();
    expect(now).toHaveLength(2);
    const newest = JSON.parse(await readFile(join(dir, 'backups', now.at(-1)!), 'utf8'));
    expect(newest.sources).toHaveLength(3 + 5);
  });

  it('are listed and restored with dossier restore, the replaced state kept as a backup', async () => {
    const { dir, id } = await fixtureLibrary();
    const archive = await openArchive(dir);
    ok(await archive.api.setSourceNote({ sourceId: id, note: 'made after the backup' }));
    await crash(dir);
    const listed = await cli(['restore', '--list', '--library', dir]);
    expect(listed.code).toBe(0);
    // The newest copy: the library before this session's note.
    const name = [...listed.out.matchAll(/library-\S+\.json/g)].at(-1)![0];
    const restored = await cli(['restore', name, '--library', dir]);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`restored ${name}`);
    // The state it replaced is a backup itself, with the note made after the restored copy.
    const replaced = (await readdir(join(dir, 'backups'))).find((f) =>
      f.endsWith('-before-restore.json'),
    );
    expect(restored.out).toContain(`kept as backups/${replaced}`);
    expect(await readFile(join(dir, 'backups', replaced!), 'utf8')).toContain(
      'made after the backup',
    );
    const reopened = await openArchive(dir);
    expect(ok(await reopened.api.getSource({ id })).note).toBeFalsy();
    // What was replaced is itself a backup now.
    expect((await readdir(join(dir, 'backups'))).length).toBeGreaterThanOrEqual(2);
  });
});

describe('library files', () => {
  it('are readable by their owner only', async () => {
    const { dir } = await fixtureLibrary();
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    for (const file of ['library.db']) {
      expect((await stat(join(dir, file))).mode & 0o777, file).toBe(0o600);
    }
    for (const folder of ['texts', 'originals']) {
      expect((await stat(join(dir, folder))).mode & 0o777, folder).toBe(0o700);
      for (const f of await readdir(join(dir, folder)))
        expect((await stat(join(dir, folder, f))).mode & 0o777, f).toBe(0o600);
    }
  });
});

describe('dossier check', () => {
  it('reports a missing text and an unused file, and --repair restores and moves them', async () => {
    const { dir, id } = await fixtureLibrary();
    const archive = await openArchive(dir);
    const source = ok(await archive.api.getSource({ id }));
    await archive.close();
    const texts = await readdir(join(dir, 'texts'));
    const hash = readStoredLibrary(dir).sources.find((s) => s.id === id)!.textHash;
    expect(texts).toContain(`${hash}.txt`);
    await rm(join(dir, 'texts', `${hash}.txt`));
    await writeFile(join(dir, 'texts', `${'0'.repeat(64)}.txt`), 'left behind');

    const found = await cli(['check', '--library', dir]);
    expect(found.code).toBe(1);
    expect(found.out).toContain(`missing    the text of “${source.title}” (${id}) is missing`);
    expect(found.out).toContain(`unused     texts/${'0'.repeat(64)}.txt (no source uses it)`);

    const repaired = await cli(['check', '--repair', '--library', dir]);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toContain(
      `restored   the text of “${source.title}” (${id}), which is missing, from its original`,
    );
    expect(await readFile(join(dir, 'orphaned/texts', `${'0'.repeat(64)}.txt`), 'utf8')).toBe(
      'left behind',
    );
    const again = await openArchive(dir);
    expect(ok(await again.api.getSource({ id })).passages[0]!.text).toBe(source.passages[0]!.text);
  });
});
