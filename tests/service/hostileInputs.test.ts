import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  blankRun,
  deepBibtex,
  deepFrontMatter,
  deepJson,
  deepMarkdown,
  hugeClippings,
  longRisLine,
  longWord,
  manyDocxParagraphs,
  manyPdfAnnotations,
  manyPdfPages,
  manyRisRecords,
  truncatedEpub,
  type HostileInput,
} from '../fixtures/hostile/makeHostileInputs';
import { dossier } from '../helpers/runDossier';
import { tempDir } from '../helpers/tempLibrary';

/**
 * The inputs that once hung an import for minutes and then every search, at the sizes that did.
 * Each must finish or be refused by name; the time limit only stops a hang (speed is the hostile
 * bench's business: npm run bench -- hostile).
 */
const HANG = 60_000;

async function importInto(lib: string, input: HostileInput) {
  const dir = await tempDir();
  const path = join(dir, input.name);
  await writeFile(path, input.data);
  return dossier(['import', path, '--library', lib]);
}

/** The library still searches, tags and exits afterwards. */
async function stillWorks(lib: string) {
  const note = join(await tempDir(), 'note.txt');
  await writeFile(note, 'Field note\n\nThe ferry to the island was cancelled by the storm.\n');
  expect((await dossier(['import', note, '--library', lib])).code).toBe(0);
  const found = await dossier(['search', 'ferry', '--json', '--library', lib]);
  expect(found.code).toBe(0);
  const hit = (JSON.parse(found.out) as { hits: { sourceId: string; field: string }[] }).hits.find(
    (h) => h.field === 'passage',
  );
  expect(hit).toBeDefined();
  const tagged = await dossier([
    'tag',
    hit!.sourceId,
    '--quote',
    'cancelled by the storm',
    '--theme',
    'labour',
    '--library',
    lib,
  ]);
  expect(tagged.code, tagged.err).toBe(0);
}

describe('hostile inputs finish or are refused by name, and the library still works', () => {
  it(
    'a word of 1,000,000 characters and a line of 1,000,000 blanks are imported',
    { timeout: HANG },
    async () => {
      const lib = await tempDir();
      for (const input of [longWord(1_000_000), blankRun(1_000_000)]) {
        const run = await importInto(lib, input);
        expect(run.code, input.name).toBe(0);
        expect(run.out, input.name).toMatch(/^imported /);
      }
      const found = await dossier(['search', 'indented', '--json', '--library', lib]);
      expect(JSON.parse(found.out).hits.length).toBeGreaterThan(0);
      await stillWorks(lib);
    },
  );

  it('a RIS title of 10 MB comes in as a reference', { timeout: HANG }, async () => {
    const lib = await tempDir();
    const run = await importInto(lib, longRisLine(10_000_000));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('1 reference added');
    await stillWorks(lib);
  });

  it(
    'more records, paragraphs, pages or levels than the limits are refused, naming them',
    { timeout: HANG },
    async () => {
      const lib = await tempDir();
      const refusals: [HostileInput, RegExp][] = [
        [manyRisRecords(100_000), /holds 100,000 records, more than the 50,000 Dossier reads/],
        [await manyDocxParagraphs(400_000), /holds 400,000 paragraphs, more than the 100,000/],
        [manyPdfPages(20_000), /holds 20,000 pages, more than the 5,000/],
        [deepMarkdown(3_000), /nested 3,000 levels deep, more than the 100 Dossier follows/],
      ];
      for (const [input, reason] of refusals) {
        const run = await importInto(lib, input);
        expect(run.code, input.name).toBe(1);
        expect(run.out + run.err, input.name).toMatch(reason);
      }
      await stillWorks(lib);
    },
  );

  it('their smaller versions within the limits are read whole', { timeout: HANG }, async () => {
    const lib = await tempDir();
    const read: [HostileInput, RegExp][] = [
      [manyRisRecords(10_000), /10000 references added/],
      [await manyDocxParagraphs(20_000), /20000 passages/],
      [manyPdfPages(1_000), /1000 passages/],
      [deepMarkdown(50), /50 passages/],
    ];
    for (const [input, outcome] of read) {
      const run = await importInto(lib, input);
      expect(run.code, `${input.name}: ${run.err}`).toBe(0);
      expect(run.out, input.name).toMatch(outcome);
    }
    await stillWorks(lib);
  });

  it(
    'a PDF page naming a million highlights is imported without them, and says so',
    { timeout: HANG },
    async () => {
      const lib = await tempDir();
      const run = await importInto(lib, manyPdfAnnotations(1_000_000));
      expect(run.code, run.err).toBe(0);
      expect(run.out).toMatch(/1 other annotation .* listed in its note/);
      const id = /\((s[0-9a-f]+), /.exec(run.out)![1]!;
      const shown = await dossier(['show', id, '--json', '--library', lib]);
      expect((JSON.parse(shown.out) as { note: string }).note).toMatch(
        /page 1: its 1,000,000 annotations are more than the [\d,]+ Dossier reads from one document/,
      );
      await stillWorks(lib);
    },
  );

  it('a cut-off EPUB and a 50 MB clippings file are refused by name', async () => {
    const lib = await tempDir();
    const epub = await importInto(lib, await truncatedEpub());
    expect(epub.code).toBe(1);
    expect(epub.out + epub.err).toMatch(/it is damaged or not an EPUB/);
    const clippings = await importInto(lib, hugeClippings(50 * 1024 * 1024));
    expect(clippings.code).toBe(1);
    expect(clippings.out + clippings.err).toMatch(/50\.0 MB, over the 20\.0 MB limit/);
    await stillWorks(lib);
  });

  it('data nested deeper than any record is refused by name, never a stack overflow', async () => {
    const lib = await tempDir();
    const json = await importInto(lib, deepJson(100_000));
    expect(json.err).toMatch(/nested 100,000 levels deep, more than the 100 Dossier follows/);
    const bib = await importInto(lib, deepBibtex(100_000));
    expect(bib.err).toMatch(/braces are nested 100,002 deep, more than the 100/);
    const front = await importInto(lib, deepFrontMatter(20_000));
    expect(front.code).toBe(0);
    expect(front.err).toMatch(/front matter is nested 20,000 levels deep/);
    for (const run of [json, bib, front]) expect(run.out + run.err).not.toMatch(/call stack/i);
    await stillWorks(lib);
  });
});
