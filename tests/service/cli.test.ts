import { EventHub } from '../../electron/main/archive/eventHub';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles, fixturesDir, repoRoot } from '../helpers/corpus';
import { runCli } from '../../electron/main/cli/cli';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';

describe('dossier CLI', () => {
  it('imports the corpus and finds both spellings of Janaozen as JSON', async () => {
    const lib = await tempDir();
    const imported = await dossier(['import', ...corpusFiles(), '--library', lib]);
    // Only the report of what was removed as site furniture, one line per file that had any.
    expect(imported.err.split('\n').filter(Boolean)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dossier: warning: 000_\S+\.txt: \d+ lines of site furniture/),
      ]),
    );
    expect(
      imported.err
        .split('\n')
        .filter(Boolean)
        .every((l) => /site furniture/.test(l)),
    ).toBe(true);
    expect(imported.code).toBe(0);

    const search = await dossier(['search', 'Janaozen', '--json', '--library', lib]);
    expect(search.code).toBe(0);
    const { hits } = JSON.parse(search.out) as {
      hits: { sourceId: string; passageId: string; text: string; score: number }[];
    };
    expect(Object.keys(hits[0]!).sort()).toEqual([
      'field',
      'passageId',
      'score',
      'sourceId',
      'text',
    ]);
    expect(hits.some((h) => h.text.includes('Janaozen'))).toBe(true);
    expect(hits.some((h) => h.text.includes('Zhanaozen'))).toBe(true);
  });

  it('lists and shows sources in the promised JSON shapes', async () => {
    const lib = await tempDir();
    await dossier(['import', fixturesDir, '--library', lib]);
    const list = JSON.parse((await dossier(['list', '--json', '--library', lib])).out) as Record<
      string,
      string
    >[];
    expect(list).toHaveLength(3);
    expect(Object.keys(list[0]!).sort()).toEqual(['file', 'id', 'title', 'type']);
    const strike = list.find((s) => s.file === 'oil-strike.txt')!;
    expect(strike.title).toBe('Oil workers walk out in Mangystau');

    const shown = JSON.parse((await dossier(['show', strike.id!, '--json', '--library', lib])).out);
    expect(Object.keys(shown).sort()).toEqual([
      'captions',
      'comments',
      'id',
      'metadata',
      'passages',
      'removed',
      'sections',
      'title',
      'type',
    ]);
    expect(shown.passages[1]).toEqual({
      id: `${strike.id}-p2`,
      text: expect.stringMatching(/^By the evening/),
    });
  });

  it('reads the library from DOSSIER_LIBRARY when --library is not given', async () => {
    const lib = await tempDir();
    await dossier(['import', join(fixturesDir, 'oil-strike.txt')], { DOSSIER_LIBRARY: lib });
    const list = JSON.parse((await dossier(['list', '--json', '--library', lib])).out);
    expect(list).toHaveLength(1);
  });

  it('says what went wrong in one line and exits 1 for the writer’s mistakes', async () => {
    const lib = await tempDir();
    const missing = await dossier(['show', 'nope', '--library', lib]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('dossier: No source with id or citation key nope in this library.\n');

    const unknown = await dossier(['frobnicate', '--library', lib]);
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);

    const badFlag = await dossier(['list', '--colour', '--library', lib]);
    expect(badFlag.code).toBe(1);
    expect(badFlag.err).toMatch(/^dossier: .*--colour/);
  });

  it('imports the good files of a batch and exits 1 naming the one that failed', async () => {
    const lib = await tempDir();
    const run = await dossier([
      'import',
      join(fixturesDir, 'oil-strike.txt'),
      'no-such-file.txt',
      '--library',
      lib,
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/imported\s+Oil workers walk out/);
    // The failure is a diagnostic, on stderr; stdout holds what came in.
    expect(run.err).toContain('dossier: no-such-file.txt was not imported: there is no such file.');
    expect(run.out).not.toContain('no-such-file');
  });

  it('exits 1 with a clear message when the library is damaged', async () => {
    const lib = await tempDir();
    await writeFile(join(lib, 'library.json'), 'not json');
    const run = await dossier(['list', '--library', lib]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^dossier: library\.json in .* cannot be read/);
  });
});

describe('dossier CLI exit codes for its own failures', () => {
  const io = () => {
    const err: string[] = [];
    return { err, io: { out: () => {}, err: (t: string) => err.push(t), env: {}, cwd: repoRoot } };
  };

  it('exits 2 when an operation fails inside Dossier', async () => {
    const { err, io: cliIo } = io();
    const broken = async (libraryDir: string) => ({
      libraryDir,
      handlers: {} as never,
      searchIndexRebuilt: async () => false,
      api: {
        listSources: async () => ({
          ok: false as const,
          error: { code: 'INTERNAL' as const, message: 'boom' },
        }),
      } as never,
      state: {
        store: { health: { setAside: [], repairs: [], journalDamage: [], journalTorn: false } },
      } as never,
      events: new EventHub(),
      readOnlyWhy: null,
      close: async () => {},
    });
    expect(await runCli(['list', '--library', await tempDir()], cliIo, broken)).toBe(2);
    expect(err).toEqual(['dossier: boom']);
  });

  it('exits 2 when opening the library throws something unexpected', async () => {
    const { err, io: cliIo } = io();
    const code = await runCli(['list', '--library', await tempDir()], cliIo, async () => {
      throw new TypeError('undefined is not a function');
    });
    expect(code).toBe(2);
    expect(err).toEqual(['dossier: internal error: undefined is not a function']);
  });
});

/** A library of the repository's fixtures, and the id of the oil strike article in it. */
async function fixtureLibrary() {
  const lib = await tempDir();
  await dossier(['import', fixturesDir, '--library', lib]);
  const list = JSON.parse((await dossier(['list', '--json', '--library', lib])).out) as {
    id: string;
    file: string;
  }[];
  return { lib, strike: list.find((s) => s.file === 'oil-strike.txt')!.id };
}

describe('dossier CLI: themes, tagging, passages and the matrix', () => {
  it('tags a quote, lists passages by theme and counts them in the matrix', async () => {
    const { lib, strike } = await fixtureLibrary();

    const tagged = await dossier([
      'tag',
      strike,
      '--quote',
      'police fired on striking oil workers',
      '--theme',
      'casualties',
      '--theme',
      'Labour',
      '--note',
      'the 2011 shooting',
      '--json',
      '--library',
      lib,
    ]);
    expect(tagged.err).toBe('');
    expect(JSON.parse(tagged.out)).toMatchObject({
      quote: 'police fired on striking oil workers',
      themeIds: ['casualties', 'labour'],
      note: 'the 2011 shooting',
    });

    const themes = JSON.parse((await dossier(['themes', '--json', '--library', lib])).out) as {
      id: string;
      highlightCount: number;
    }[];
    expect(themes.map((t) => [t.id, t.highlightCount])).toEqual([
      ['labour', 1],
      ['clans', 0],
      ['foreign-involvement', 0],
      ['casualties', 1],
    ]);

    const passages = JSON.parse(
      (await dossier(['passages', '--theme', 'casualties', '--json', '--library', lib])).out,
    );
    expect(passages).toEqual([
      expect.objectContaining({
        sourceId: strike,
        highlights: [expect.objectContaining({ note: 'the 2011 shooting' })],
      }),
    ]);

    const matrix = JSON.parse((await dossier(['matrix', '--json', '--library', lib])).out);
    const row = matrix.sources.findIndex((s: { id: string }) => s.id === strike);
    expect(matrix.counts[row]).toEqual([1, 0, 0, 1]);
    expect((await dossier(['matrix', '--library', lib])).out).toMatch(
      /Oil workers walk out in Mangystau\s+1\s+·\s+·\s+1/,
    );

    expect(
      JSON.parse(
        (await dossier(['list', '--theme', 'casualties', '--json', '--library', lib])).out,
      ),
    ).toHaveLength(1);
    const found = JSON.parse(
      (await dossier(['search', 'Zhanaozen', '--theme', 'labour', '--json', '--library', lib])).out,
    );
    expect(found.hits).toEqual([]);
  });

  it('says what is wrong with a tag request in one line', async () => {
    const { lib, strike } = await fixtureLibrary();
    const missing = await dossier([
      'tag',
      strike,
      '--quote',
      'not in the text',
      '--theme',
      'labour',
      '--library',
      lib,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(
      /^dossier: The quote is not in "Oil workers walk out in Mangystau"/,
    );
    const twice = await dossier([
      'tag',
      strike,
      '--quote',
      'the',
      '--theme',
      'labour',
      '--library',
      lib,
    ]);
    expect(twice.err).toMatch(/occurs \d+ times/);
    const theme = await dossier([
      'tag',
      strike,
      '--quote',
      'Aktau',
      '--theme',
      'weather',
      '--library',
      lib,
    ]);
    expect(theme.err).toMatch(/^dossier: No theme named “weather”/);
    expect((await dossier(['tag', strike, '--theme', 'labour', '--library', lib])).err).toMatch(
      /--quote/,
    );
  });
});

describe('dossier CLI: cite and bib', () => {
  it('cites a source and writes a bibliography of the library', async () => {
    const lib = await tempDir();
    await dossier(['import', fixturesDir, '--library', lib]);
    const meta = join(lib, 'meta');
    await mkdir(meta);
    await writeFile(
      join(meta, 'report.txt'),
      'Counting the dead\n\nOfficials said 164 people were killed.',
    );
    await writeFile(
      join(meta, 'report.csl.json'),
      JSON.stringify({
        type: 'report',
        title: 'Counting the dead',
        publisher: 'Human Rights Watch',
        author: [{ literal: 'Human Rights Watch' }],
        issued: { 'date-parts': [[2022, 3, 1]] },
      }),
    );
    const imported = await dossier(['import', join(meta, 'report.txt'), '--library', lib]);
    expect(imported.out).toMatch(/metadata from report\.csl\.json/);
    const list = JSON.parse((await dossier(['list', '--json', '--library', lib])).out) as {
      id: string;
      file: string;
    }[];
    const report = list.find((s) => s.file === 'report.txt')!.id;

    const inText = await dossier([
      'cite',
      report,
      '--style',
      'apa',
      '--form',
      'in-text',
      '--passage',
      `${report}-p1`,
      '--library',
      lib,
    ]);
    expect(inText.err).toBe('');
    expect(inText.out.trim()).toBe('(Human Rights Watch, 2022, para. 1)');
    const html = await dossier([
      'cite',
      report,
      '--style',
      'chicago-note',
      '--form',
      'note',
      '--format',
      'html',
      '--library',
      lib,
    ]);
    expect(html.out).toContain('Human Rights Watch');

    const out = join(lib, 'bib.md');
    const bib = await dossier([
      'bib',
      '--style',
      'chicago-note',
      '--format',
      'md',
      '--out',
      out,
      '--library',
      lib,
    ]);
    expect(bib.out.trim()).toBe(`wrote 4 entries to ${out}`);
    const md = await readFile(out, 'utf8');
    expect(md.split('\n\n')).toHaveLength(4);
    expect(md).toContain('Human Rights Watch');

    const bad = await dossier(['cite', report, '--style', 'mla', '--library', lib]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(
      /^dossier: --style is apa, chicago-note, chicago-author-date, a style added to the library \(added:…\), or the path of a \.csl file, not "mla"/,
    );
  });
});

describe('dossier brief', () => {
  it('writes a comparison brief of tagged sources as Markdown and as a Word file', async () => {
    const lib = await tempDir();
    const at = ['--library', lib];
    expect((await dossier(['import', fixturesDir, ...at])).code).toBe(0);
    const sources = JSON.parse((await dossier(['list', '--json', ...at])).out) as {
      id: string;
      file: string;
    }[];
    const id = (file: string) => sources.find((s) => s.file === file)!.id;
    const tag = (file: string, quote: string, theme: string) =>
      dossier(['tag', id(file), '--quote', quote, '--theme', theme, ...at]);
    expect(
      (await tag('oil-strike.txt', 'police fired on striking oil workers', 'casualties')).code,
    ).toBe(0);
    expect(
      (await tag('hard-wrapped-notes.txt', 'Russian paratroopers arrived', 'foreign involvement'))
        .code,
    ).toBe(0);

    const md = await dossier([
      'brief',
      '--themes',
      'casualties,foreign-involvement',
      '--style',
      'apa',
      ...at,
    ]);
    expect(md.err).toBe('');
    expect(md.code).toBe(0);
    expect(md.out).toContain('# Comparison brief: casualties, foreign involvement');
    expect(md.out).toContain('> “police fired on striking oil workers” (');
    expect(md.out).toMatch(/\| Oil workers walk out in Mangystau \| 1 \| \*not discussed\* \|/);

    const out = join(lib, 'brief.docx');
    const docx = await dossier([
      'brief',
      '--themes',
      'casualties',
      '--style',
      'chicago-note',
      '--format',
      'docx',
      '--out',
      out,
      ...at,
    ]);
    expect(docx.out).toBe(`wrote a brief of 1 quoted passage to ${out}\n`);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');

    // A saved collection, by name.
    const archive = await openArchive(lib);
    const saved = await archive.api.saveCollection({
      name: 'Strike',
      sourceIds: [id('oil-strike.txt')],
    });
    await archive.close();
    expect(saved.ok).toBe(true);
    const byCollection = await dossier([
      'brief',
      '--themes',
      'casualties',
      '--collection',
      'strike',
      ...at,
    ]);
    expect(byCollection.out).toMatch(
      /\| Source \| casualties \|\n\|---\|---\|\n\| Oil workers walk out in Mangystau \| 1 \|\n\n/,
    );
    const noSuch = await dossier([
      'brief',
      '--themes',
      'casualties',
      '--collection',
      'Elites',
      ...at,
    ]);
    expect(noSuch.err).toBe('dossier: No collection named “Elites”. The library has: Strike.\n');

    const wrong = await dossier(['brief', '--themes', 'weather', ...at]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^dossier: No theme named “weather”/);
  });
});
