// The writer's own rules for a library (rules.json): names search treats as one, and the
// outcome words that group a brief's figures. Texts written for these tests, on topics the
// corpus does not touch.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { ok, upload } from '../helpers/apiCalls';
import { dossier } from '../helpers/runDossier';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const fair =
  'Trade fair opens in Canton\n\nMerchants from forty countries arrived in Canton on Monday for the spring trade fair, where stalls had been set up along the river.\n';
const storm =
  'Storm on the coast\n\nThe storm struck the fishing villages before dawn. At least 40 fishermen were stranded on Sunday, and the coastguard searched the bay.\n';

async function libraryWith(text: string, name: string) {
  const dir = await tempDir('dossier-rules-');
  const archive = await openArchive(dir);
  const [outcome] = ok(await archive.api.importFiles({ files: [upload(name, text)] })).results;
  if (outcome?.status !== 'imported') throw new Error(`${name} was not imported`);
  return { dir, archive, sourceId: outcome.source.id };
}

const hits = async (archive: Archive, query: string) =>
  ok(await archive.api.search({ query, limit: 10 })).total;

describe('names the writer tells search to treat as one', () => {
  it('finds the old name under the new once told, in this and later sessions, and not after', async () => {
    const { dir, archive } = await libraryWith(fair, 'fair.txt');
    expect(await hits(archive, 'Guangzhou')).toBe(0);
    const state = ok(
      await archive.api.setWriterRules({ nameAliases: [{ from: 'Canton', to: 'Guangzhou' }] }),
    );
    expect(state.rules.writerAliases).toEqual([{ from: 'Canton', to: 'Guangzhou' }]);
    expect(await hits(archive, 'Guangzhou')).toBeGreaterThan(0);
    await archive.close();

    // A new session reads rules.json before its stored index, which was made with the alias.
    const again = await openArchive(dir);
    expect(await hits(again, 'Guangzhou')).toBeGreaterThan(0);
    expect(await hits(again, 'Canton')).toBeGreaterThan(0);
    ok(await again.api.setWriterRules({ nameAliases: [] }));
    expect(await hits(again, 'Guangzhou')).toBe(0);
    await again.close();
  });

  it('are the library’s own: another library open in the same process folds by its own', async () => {
    // The sync server, the tests and the benches hold several libraries in one process. The
    // aliases were once process-wide: the last library to read its rules set them for all.
    const told = await libraryWith(fair, 'fair.txt');
    const other = await libraryWith(fair, 'fair.txt');
    ok(
      await told.archive.api.setWriterRules({ nameAliases: [{ from: 'Canton', to: 'Guangzhou' }] }),
    );
    expect(await hits(told.archive, 'Guangzhou')).toBeGreaterThan(0);
    expect(await hits(other.archive, 'Guangzhou')).toBe(0);
    // A third library opened after, with rules of its own, changes neither.
    const third = await libraryWith(storm, 'storm.txt');
    ok(await third.archive.api.setWriterRules({ nameAliases: [{ from: 'Canton', to: 'Kanton' }] }));
    expect(await hits(told.archive, 'Kanton')).toBe(0);
    // What the first library takes in afterwards is folded by its aliases, not the third's.
    const later =
      'Ferry service to Canton\n\nA new ferry to Canton left the harbour at noon with two hundred passengers aboard.\n';
    ok(await told.archive.api.importFiles({ files: [upload('ferry.txt', later)] }));
    const found = ok(await told.archive.api.search({ query: 'Guangzhou', limit: 10 }));
    expect(new Set(found.hits.map((h) => h.sourceId)).size).toBe(2);
    for (const { archive } of [told, other, third]) await archive.close();
  });

  it('refuses a name searched as itself, and a phrase where one word is needed', async () => {
    const { archive } = await libraryWith(fair, 'fair.txt');
    for (const alias of [
      { from: 'Canton', to: 'canton' },
      { from: 'New Amsterdam', to: 'New York' },
    ]) {
      const result = await archive.api.setWriterRules({ nameAliases: [alias] });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    await archive.close();
  });
});

describe('the outcome words that group a brief’s figures', () => {
  const brief = async (archive: Archive, sourceId: string) =>
    ok(
      await archive.api.makeBrief({
        themeIds: ['casualties'],
        sourceIds: [sourceId],
        style: 'apa',
        order: 'title',
      }),
    ).figures.map((f) => [f.value, f.counts]);

  it('groups a figure by an outcome the writer adds, and by Dossier’s own again on reset', async () => {
    const { archive, sourceId } = await libraryWith(storm, 'storm.txt');
    ok(await archive.api.startCodebook({ start: 'general' }));
    await tagQuote(
      archive.api,
      sourceId,
      'At least 40 fishermen were stranded on Sunday',
      'casualties',
    );
    expect(await brief(archive, sourceId)).toEqual([['At least 40', 'fishermen']]);

    const { rules } = ok(await archive.api.codebookState({}));
    expect(rules.figures.outcomesOwn).toBe(false);
    const own = ok(
      await archive.api.setWriterRules({
        outcomes: [
          ...rules.figures.outcomes,
          { outcome: 'stranded', words: ['Stranded', 'marooned'] },
        ],
      }),
    );
    expect(own.rules.figures.outcomesOwn).toBe(true);
    expect(own.rules.figures.outcomes.at(-1)).toEqual({
      outcome: 'stranded',
      words: ['stranded', 'marooned'],
    });
    expect(await brief(archive, sourceId)).toEqual([['At least 40', 'fishermen stranded']]);

    ok(await archive.api.setWriterRules({ outcomes: null }));
    expect(await brief(archive, sourceId)).toEqual([['At least 40', 'fishermen']]);
    await archive.close();
  });
});

describe('the phrases figures are read by', () => {
  const strike =
    'Hospital strike\n\nNorth of 300 nurses walked out on Tuesday, and a handful of managers were locked in their offices by the pickets.\n';

  it('keeps a qualifier and reads a vague amount the writer adds, in later sessions too', async () => {
    const { dir, archive, sourceId } = await libraryWith(strike, 'strike.txt');
    ok(await archive.api.startCodebook({ start: 'general' }));
    await tagQuote(archive.api, sourceId, 'North of 300 nurses walked out', 'labour');
    await tagQuote(archive.api, sourceId, 'a handful of managers were locked in', 'labour');
    const figures = async (a: Archive) =>
      ok(
        await a.api.makeBrief({
          themeIds: ['labour'],
          sourceIds: [sourceId],
          style: 'apa',
          order: 'title',
        }),
      ).figures.map((f) => [f.value, f.number, f.counts]);
    expect(await figures(archive)).toEqual([['300', 300, 'nurses']]);

    const { rules } = ok(await archive.api.codebookState({}));
    const own = ok(
      await archive.api.setWriterRules({
        qualifiers: [...rules.figures.qualifiers, 'North  of'],
        vagueAmounts: [...rules.figures.vagueAmounts, 'a handful'],
      }),
    );
    expect(own.rules.figures).toMatchObject({ qualifiersOwn: true, vagueAmountsOwn: true });
    expect(own.rules.figures.qualifiers).toContain('north of');
    // Outcomes the writer did not touch stay Dossier's own.
    expect(own.rules.figures.outcomesOwn).toBe(false);
    await archive.close();

    const again = await openArchive(dir);
    // The brief lists figures grouped by what they count, in alphabetical order.
    expect(await figures(again)).toEqual([
      ['a handful', null, 'managers'],
      ['North of 300', 300, 'nurses'],
    ]);
    ok(await again.api.setWriterRules({ qualifiers: null, vagueAmounts: null }));
    expect(await figures(again)).toEqual([['300', 300, 'nurses']]);
    await again.close();
    expect(JSON.parse(await readFile(join(dir, 'rules.json'), 'utf8'))).toEqual({
      nameAliases: [],
    });
  });

  it('refuses a phrase with digits, naming it, and keeps the rules as they were', async () => {
    const { archive } = await libraryWith(strike, 'strike.txt');
    const result = await archive.api.setWriterRules({ vagueAmounts: ['about 10'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(/without digits/);
    const { rules } = ok(await archive.api.codebookState({}));
    expect(rules.figures.vagueAmountsOwn).toBe(false);
    await archive.close();
  });
});

describe('a rules file that cannot be read', () => {
  it('is reported and never overwritten, and the library works with Dossier’s own rules', async () => {
    const { dir, archive } = await libraryWith(fair, 'fair.txt');
    await archive.close();
    const file = join(dir, 'rules.json');
    const broken = '{"nameAliases": [{"from": "Canton"}]}\n';
    await writeFile(file, broken);
    const again = await openArchive(dir);
    const { rules } = ok(await again.api.codebookState({}));
    expect(rules.unreadable).toMatch(/nameAliases/);
    expect(rules.writerAliases).toEqual([]);
    expect(await hits(again, 'Canton')).toBeGreaterThan(0);
    const result = await again.api.setWriterRules({
      nameAliases: [{ from: 'Canton', to: 'Guangzhou' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNREADABLE' } });
    await again.close();
    expect(await readFile(file, 'utf8')).toBe(broken);
  });
});

describe('the writer’s rules from the command line', () => {
  it('adds and removes a name and an outcome, and lists them', async () => {
    const lib = await tempDir('dossier-rules-cli-');
    const alias = await dossier(['codebook', 'alias', 'Canton', 'Guangzhou', '--library', lib]);
    expect(alias.out).toContain('Canton is searched as Guangzhou');
    const outcome = await dossier([
      'codebook',
      'outcome',
      'stranded',
      'stranded',
      'marooned',
      '--json',
      '--library',
      lib,
    ]);
    const rules = JSON.parse(outcome.out) as {
      figures: { outcomes: { outcome: string; words: string[] }[]; outcomesOwn: boolean };
    };
    expect(rules.figures.outcomesOwn).toBe(true);
    expect(rules.figures.outcomes.at(-1)).toEqual({
      outcome: 'stranded',
      words: ['stranded', 'marooned'],
    });
    const removed = await dossier(['codebook', 'unalias', 'Canton', '--library', lib]);
    expect(removed.out).not.toContain('Canton is searched');
    const unknown = await dossier(['codebook', 'unalias', 'Canton', '--library', lib]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/Canton is not one of your names/);
  });

  it('adds, removes and resets the phrases figures are read by', async () => {
    const lib = await tempDir('dossier-rules-cli-');
    const added = await dossier(['codebook', 'qualifiers', 'add', 'north of', '--library', lib]);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/Words kept with a number \(yours\):\n.*north of/);
    const amounts = await dossier([
      'codebook',
      'amounts',
      'remove',
      'scores',
      '--json',
      '--library',
      lib,
    ]);
    const rules = JSON.parse(amounts.out) as { figures: { vagueAmounts: string[] } };
    expect(rules.figures.vagueAmounts).toContain('dozens');
    expect(rules.figures.vagueAmounts).not.toContain('scores');
    const missing = await dossier(['codebook', 'amounts', 'remove', 'a gaggle', '--library', lib]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/Not in the list: a gaggle/);
    const reset = await dossier(['codebook', 'qualifiers', 'reset', '--library', lib]);
    expect(reset.out).toMatch(/Words kept with a number \(Dossier’s own\)/);
    expect(reset.out).not.toMatch(/north of/);
  });
});
