import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { asLibraryJson, readStoredLibrary, writeStoredLibrary } from '../helpers/storedLibrary';

const savedPage = join(repoRoot, 'tests/fixtures/import/saved-page.html');

interface Listed {
  id: string;
  title: string;
}

/** A library of a saved page and its two reader comments, each a source; closed. */
async function pageWithComments() {
  const dir = await tempDir();
  expect((await dossier(['import', savedPage, '--library', dir])).code).toBe(0);
  const sources = JSON.parse((await dossier(['list', '--json', '--library', dir])).out) as Listed[];
  const doc = readStoredLibrary(dir);
  const article = doc.sources.find((s) => !s.parentId)!;
  const comment = doc.sources.find((s) => s.parentId)!;
  return { dir, sources, article, comment };
}

const textFile = (dir: string, hash: string) => join(dir, 'texts', `${hash}.txt`);

describe('every loss is told', () => {
  it('with --json, what opening set aside is one JSON line on stderr; stdout keeps its shape', async () => {
    const { dir } = await pageWithComments();
    // A library kept the older way, whose journal was damaged before it moved into library.db.
    await asLibraryJson(dir);
    await appendFile(join(dir, 'library.journal'), 'not json at all\n');
    const list = await dossier(['list', '--json', '--library', dir]);
    expect(JSON.parse(list.out)).toHaveLength(3);
    const { warnings } = JSON.parse(list.err) as { warnings: string[] };
    expect(warnings).toEqual([expect.stringMatching(/^journal: line 1 could not be replayed/)]);
  });

  it('a damaged journal line is said once by the command that opens the library, and check keeps count', async () => {
    const { dir, article } = await pageWithComments();
    await asLibraryJson(dir);
    await appendFile(join(dir, 'library.journal'), '{"v":1,"not":"a change"}\n');
    const list = await dossier(['list', '--library', dir]);
    expect(list.code).toBe(0);
    expect(list.err).toMatch(
      /^dossier: warning: journal: line 1 could not be replayed: .*that change is lost/m,
    );
    // Said once: the next command has nothing new to say.
    expect((await dossier(['list', '--library', dir])).err).toBe('');
    const check = await dossier(['check', '--library', dir]);
    expect(check.out).toContain(
      'library.journal.damaged keeps 1 change that could not be replayed',
    );
    expect((await dossier(['show', article.id, '--library', dir])).code).toBe(0);
  });

  it('an altered text is never served; check finds it and --repair makes it again from the original', async () => {
    const { dir, article } = await pageWithComments();
    const file = textFile(dir, article.textHash);
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/\w+/, 'Altered'));
    const show = await dossier(['show', article.id, '--library', dir]);
    expect(show.code).toBe(1);
    expect(show.err).toContain('does not hold what its name says');
    // The window is told the same, worded for its own language.
    const archive = await openArchive(dir);
    const opened = await archive.api.getSource({ id: article.id });
    await archive.close();
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.error.words).toEqual({
        text: 'The text of “{{title}}” (texts/{{file}}) is missing from {{folder}} or does not hold what its name says. Run dossier check --repair to make it again from its original or a backup, or import the source again.',
        values: { title: article.title, file: `${article.textHash}.txt`, folder: dir },
      });
    const found = await dossier(['check', '--library', dir]);
    expect(found.code).toBe(1);
    expect(found.out).toMatch(
      /damaged {4}the text of “.*” \(.*\) does not hold what its name says/,
    );
    const repaired = await dossier(['check', '--repair', '--library', dir]);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toMatch(
      /restored {3}the text of .* from its original \(the damaged file is kept as orphaned\/texts\//,
    );
    expect(await readFile(file, 'utf8')).toBe(good);
    const kept = await readdir(join(dir, 'orphaned', 'texts'));
    expect(await readFile(join(dir, 'orphaned', 'texts', kept[0]!), 'utf8')).toContain('Altered');
  });

  it('a reader comment’s text, which no original gives back alone, is restored from the backups', async () => {
    const { dir, comment } = await pageWithComments();
    // A later session that changes the library takes the backup, and the texts with it.
    const note = join(await tempDir(), 'later.txt');
    await writeFile(note, 'Later note\n\nWritten the next day.\n');
    expect((await dossier(['import', note, '--library', dir])).code).toBe(0);
    const file = textFile(dir, comment.textHash);
    const good = await readFile(file, 'utf8');
    await rm(file);
    const repaired = await dossier(['check', '--repair', '--library', dir]);
    expect(repaired.out).toMatch(
      /restored {3}the text of “Comment .*, which is missing, from its backup copy/,
    );
    expect(repaired.code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(good);
  });

  it('temporary files a cut-short write left are listed and removed by --repair', async () => {
    const { dir } = await pageWithComments();
    const leftover = '.capture.json.0a1b2c3d.tmp';
    await writeFile(join(dir, leftover), '{"browsers": [');
    const found = await dossier(['check', '--library', dir]);
    expect(found.code).toBe(1);
    expect(found.out).toContain(`leftover   ${leftover}`);
    const repaired = await dossier(['check', '--repair', '--library', dir]);
    expect(repaired.out).toContain(`removed    ${leftover}`);
    expect(await readdir(dir)).not.toContain(leftover);
  });

  it('a highlight whose theme is gone is reported, and --repair brings the theme back', async () => {
    const { dir, article } = await pageWithComments();
    const tagged = await dossier([
      'tag',
      article.id,
      '--quote',
      'drivers in the oil town',
      '--theme',
      'labour',
      '--library',
      dir,
    ]);
    expect(tagged.code, tagged.err).toBe(0);
    // What a merge of a rename with a delete once left: the highlight names a theme no one has.
    const doc = readStoredLibrary(dir);
    writeStoredLibrary(dir, { ...doc, themes: doc.themes.filter((t) => t.id !== 'labour') });
    const found = await dossier(['check', '--library', dir]);
    expect(found.code).toBe(1);
    expect(found.out).toMatch(/dangling {3}highlight \S+ names theme labour, which is gone/);
    expect((await dossier(['check', '--repair', '--library', dir])).code).toBe(0);
    const themes = JSON.parse((await dossier(['themes', '--json', '--library', dir])).out) as {
      id: string;
      name: string;
    }[];
    expect(themes.find((t) => t.id === 'labour')?.name).toBe('Recovered theme 1');
    const passages = await dossier(['passages', '--theme', 'labour', '--json', '--library', dir]);
    expect(passages.out).toContain('drivers in the oil town');
    expect((await dossier(['check', '--library', dir])).code).toBe(0);
  });

  it('a damaged sync file is a clear refusal with the next step, and check lists it', async () => {
    const { dir } = await pageWithComments();
    await mkdir(join(dir, 'sync'));
    await writeFile(join(dir, 'sync', 'replica.json'), '{"server": "ws://127.0.0.1:1", "libr');
    const sync = await dossier(['sync', '--library', dir]);
    expect(sync.code).toBe(1);
    expect(sync.err).toContain('replica.json is damaged');
    expect(sync.err).toContain('move the sync folder aside');
    const check = await dossier(['check', '--library', dir]);
    expect(check.out).toMatch(/sync {7}sync\/replica\.json: .*is damaged/);
    expect(check.code).toBe(1);
  });
});

describe('backups worth having', () => {
  it('keep the newest copy taken before a restore, however many sessions follow', async () => {
    const dir = await tempDir();
    const inbox = await tempDir();
    const importOne = async (i: number) => {
      const file = join(inbox, `n${i}.txt`);
      await writeFile(file, `Note ${i}\n\nA note written on day ${i}.\n`);
      expect((await dossier(['import', file, '--library', dir])).code).toBe(0);
    };
    await dossier(['import', fixturesDir, '--library', dir]);
    await importOne(0);
    const [first] = (await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('library-'));
    expect((await dossier(['restore', first!, '--library', dir])).code).toBe(0);
    const beforeRestore = (await readdir(join(dir, 'backups'))).find((n) =>
      n.endsWith('-before-restore.json'),
    );
    expect(beforeRestore).toBeDefined();
    for (let i = 1; i <= 25; i++) await importOne(i);
    expect(await readdir(join(dir, 'backups'))).toContain(beforeRestore);
  });
});
