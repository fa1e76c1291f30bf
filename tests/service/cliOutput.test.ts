import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../helpers/corpus';
import { toWindows1251 } from '../helpers/documentFixtures';
import { dossier } from '../helpers/runDossier';
import { tempDir } from '../helpers/tempLibrary';

describe('dossier output: results on stdout, diagnostics on stderr, nothing raw to the terminal', () => {
  it('writes a citation alone on stdout and what it lacks on stderr (and in --json)', async () => {
    const lib = await tempDir();
    // 001 of the corpus has no title and no date: its citation is known to lack them.
    await dossier(['import', corpusFile('001'), '--library', lib]);
    const [source] = JSON.parse((await dossier(['list', '--json', '--library', lib])).out);
    const cited = await dossier(['cite', source.id, '--style', 'apa', '--library', lib]);
    expect(cited.code).toBe(0);
    expect(cited.out.trim().split('\n')).toHaveLength(1);
    expect(cited.out).not.toMatch(/missing/);
    expect(cited.err).toMatch(/^dossier: missing for a full citation: .*title/);
    const json = await dossier(['cite', source.id, '--json', '--library', lib]);
    expect(json.err).toBe('');
    expect(JSON.parse(json.out).missing).toContain('title');
  });

  it('shows how a file was read: a guessed code page is a warning on stderr', async () => {
    const lib = await tempDir();
    const file = join(lib, 'zhanaozen-1251.txt');
    await writeFile(file, toWindows1251('Жанаозен\n\nНефтяники Жанаозена вышли на забастовку.'));
    const run = await dossier(['import', file, '--library', join(lib, 'library')]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^imported\s+Жанаозен/);
    expect(run.err).toMatch(/^dossier: warning: zhanaozen-1251\.txt: read as Windows-1251/);
  });

  it('escapes control characters and bidi overrides of titles and file names', async () => {
    const lib = await tempDir();
    const name = 'evil\u001b]0;pwned\u0007\u202egpj.txt';
    const title = 'Title \u001b[31mred\u001b[0m \u202eesrever\u202c';
    const file = join(lib, name);
    await writeFile(file, `${title}\n\nA paragraph of the article.`);
    const at = ['--library', join(lib, 'library')];
    const imported = await dossier(['import', file, ...at]);
    const list = await dossier(['list', ...at]);
    const raw = ['\u001b', '\u0007', '\u202e', '\u202c'];
    for (const run of [imported, list]) {
      for (const c of raw) expect(run.out).not.toContain(c);
      expect(run.out).toContain('\\u001b[31mred');
      expect(run.out).toContain('\\u202eesrever\\u202c');
    }
    // The same characters in JSON stay the same data once parsed.
    const json = await dossier(['list', '--json', ...at]);
    for (const c of raw) expect(json.out).not.toContain(c);
    expect(JSON.parse(json.out)[0]).toMatchObject({ title, file: name });
  });
});

describe('dossier import never aborts a batch', () => {
  it('imports every good file around ones whose readers fail, and refuses a named pipe', async () => {
    const dir = await tempDir();
    const deepHtml = `<html><body>${'<div>'.repeat(50_000)}deep${'</div>'.repeat(50_000)}</body></html>`;
    const deepMarkdown = `# Deep\n\n${'> '.repeat(20_000)}quoted\n`;
    await writeFile(join(dir, 'a-good.txt'), 'A good article\n\nIts first paragraph.');
    await writeFile(join(dir, 'b-deep.html'), deepHtml);
    await writeFile(join(dir, 'c-deep.md'), deepMarkdown);
    await writeFile(join(dir, 'd-good.md'), '# Another good one\n\nWith a paragraph.');
    const fifo = join(dir, 'e-pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const names = ['a-good.txt', 'b-deep.html', 'c-deep.md', 'e-pipe.txt', 'd-good.md'];
    const run = await dossier([
      'import',
      ...names.map((n) => join(dir, n)),
      '--library',
      join(dir, 'library'),
    ]);
    expect(run.code).toBe(1);
    // What came in on stdout, in order; each file refused, named on stderr.
    const lines = run.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^imported\s+A good article/);
    expect(lines[1]).toMatch(/^imported\s+Another good one/);
    const refused = run.err.trim().split('\n');
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatch(
      /^dossier: b-deep\.html was not imported: its elements are nested 50,00\d deep/,
    );
    expect(refused[1]).toMatch(
      /^dossier: c-deep\.md was not imported: its lists or quotations are nested 20,000 levels deep, more than the 100/,
    );
    expect(refused[2]).toMatch(
      /^dossier: .*e-pipe\.txt was not imported: it is a named pipe, not a file\./,
    );
  });
});
