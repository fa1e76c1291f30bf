// The CLI a writer meets (issue 29, point 8): a mistyped command or option is named with what
// it most likely meant, a read-only command makes nothing, and errors are plain, on stderr.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestWord } from '../../electron/main/cli/didYouMean';
import { repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { tempDir } from '../helpers/tempLibrary';

describe('the CLI’s words', () => {
  it('says which command or option a typo most likely meant', async () => {
    const lib = await tempDir();
    const command = await dossier(['imprt', 'a.txt', '--library', lib]);
    expect(command.code).toBe(1);
    expect(command.out).toBe('');
    expect(command.err.trim()).toBe(
      'dossier: There is no command "imprt". Did you mean "import"? Run dossier --help for the commands.',
    );
    const option = await dossier(['list', '--libary', lib]);
    expect(option.code).toBe(1);
    expect(option.err.trim()).toBe(
      'dossier: There is no option --libary. Did you mean --library? Run dossier --help for the options.',
    );
    const missing = await dossier(['list', '--library']);
    expect(missing.err.trim()).toBe('dossier: --library needs a value, as in --library VALUE.');
  });

  it('guesses only when one word is close', () => {
    expect(closestWord('serch', ['search', 'show', 'sync'])).toBe('search');
    expect(closestWord('codbook', ['codebook', 'check'])).toBe('codebook');
    expect(closestWord('expor', ['export', 'import'])).toBe('export');
    expect(closestWord('frobnicate', ['search', 'show', 'sync'])).toBeUndefined();
    // "tag" and "tar" are both one edit from "tab": no guess rather than a wrong one.
    expect(closestWord('tab', ['tag', 'tar'])).toBeUndefined();
  });

  it('makes nothing for a read-only command on a library that is not there', async () => {
    const missing = join(await tempDir(), 'typo-library');
    for (const command of [['list'], ['search', 'strike'], ['themes'], ['bib']]) {
      const run = await dossier([...command, '--library', missing]);
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err.trim().split('\n')).toEqual([
        `dossier: There is no library at ${missing}. Import files to start one: dossier import FILE… --library ${missing}`,
      ]);
    }
    expect(existsSync(missing)).toBe(false);
  });

  it('says plainly that a named file is not there', async () => {
    const lib = await tempDir();
    await dossier(['import', 'tests/fixtures/corpus/000_cbd8e9d5defd9a30.txt', '--library', lib]);
    for (const [command, file] of [
      ['render', 'nothere.md'],
      ['render', 'nothere.docx'],
    ] as const) {
      const run = await dossier([command, file, '--out', 'x.docx', '--library', lib]);
      expect(run.code).toBe(1);
      expect(run.err.trim()).toBe(`dossier: Cannot read ${file}: there is no such file.`);
    }
    const codebook = await dossier(['codebook', 'import', 'nothere.csv', '--library', lib]);
    expect(codebook.err.trim()).toBe('dossier: Cannot read nothere.csv: there is no such file.');
  });

  it('lists each source by who wrote it, where and when, in text and in JSON', async () => {
    const lib = await tempDir();
    const base = 'tests/fixtures/corpus/000_cbd8e9d5defd9a30';
    await dossier(['import', `${base}.txt`, `${base}.csl.json`, '--library', lib]);
    // What the details file says, read here on its own.
    const csl = JSON.parse(await readFile(join(repoRoot, `${base}.csl.json`), 'utf8')) as {
      title: string;
      author: { given: string; family: string }[];
      'container-title': string;
    };
    const authors = csl.author.map((a) => `${a.given} ${a.family}`);
    const text = await dossier(['list', '--library', lib]);
    const line = text.out.split('\n').find((l) => l.includes(csl.title))!;
    expect(line).toContain(`(${authors.join(', ')} · ${csl['container-title']} · 2022-01; `);
    const json = JSON.parse((await dossier(['list', '--json', '--library', lib])).out) as {
      title: string;
    }[];
    expect(json.find((s) => s.title === csl.title)).toMatchObject({
      authors,
      site: csl['container-title'],
      date: '2022-01',
    });
  });

  it('finds a source by its site, an author or its citation key in source:, as by its title', async () => {
    const lib = await tempDir();
    const base = 'tests/fixtures/corpus/000_cbd8e9d5defd9a30';
    await dossier(['import', `${base}.txt`, `${base}.csl.json`, '--library', lib]);
    await dossier(['import', 'tests/fixtures/corpus/001_829ae42cf9adb9d6.txt', '--library', lib]);
    const bibtex = (await dossier(['bib', '--format', 'bibtex', '--library', lib])).out;
    const key = /@\w+\{(\w*stanislavski\w*),/i.exec(bibtex)?.[1];
    expect(key).toBeDefined();
    const listed = JSON.parse((await dossier(['list', '--json', '--library', lib])).out) as {
      id: string;
      file: string;
    }[];
    const fileOf = new Map(listed.map((s) => [s.id, s.file]));
    // The files of the sources found: the article (and its reader comment, which it carries).
    const found = async (filter: string) => {
      const run = await dossier(['search', filter, '--json', '--library', lib]);
      const { hits } = JSON.parse(run.out) as { hits: { sourceId: string }[] };
      return [...new Set(hits.map((h) => fileOf.get(h.sourceId)))].join(' ');
    };
    // Each names the article whose details file says it; none names the other text.
    for (const filter of [
      'source:Barricades',
      'source:theAnalysis.news',
      'source:Stanislavski',
      'source:"Maria Cernat"',
      `source:${key!}`,
      'source:Chessboard',
    ])
      expect(await found(filter), filter).toBe('000_cbd8e9d5defd9a30.txt');
    expect(await found('source:Nowhere')).toBe('');
  });
});
