import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { ThemeView } from '../../shared/api/types';
import { fixturesDir } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { ok } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const refiQda = join(fixturesDir, '..', 'refi-qda');
const base64 = (text: string) => Buffer.from(text).toString('base64');
const decoded = (file: { dataBase64: string }) =>
  Buffer.from(file.dataBase64, 'base64').toString('utf8');

/** The codebook as a writer sees it: names, parents by name, colours, descriptions, cues. */
function outline(themes: ThemeView[]) {
  const name = (id: string | null) => themes.find((t) => t.id === id)?.name ?? null;
  return themes
    .map((t) => ({
      name: t.name,
      parent: name(t.parentId),
      color: t.color,
      description: t.description,
      cues: t.cues,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A codebook with a sub-theme, characters XML and CSV must escape, and cue patterns. */
async function richCodebook(archive: Archive) {
  ok(
    await archive.api.updateTheme({
      id: 'labour',
      description: 'Work, "pay" & <conditions>; strikes',
      cues: ['strike', 'troops … sent', '-air strike', 'Gewerkschaft'],
    }),
  );
  ok(
    await archive.api.createTheme({
      name: 'wages, pay',
      parentId: 'labour',
      color: '#123abc',
      cues: ['wage'],
    }),
  );
}

async function readInto(archive: Archive, name: string, text: string, replace = true) {
  return ok(await archive.api.importCodebook({ name, dataBase64: base64(text), replace }));
}

describe('the codebook', () => {
  it('starts a new library with four general themes and asks how to start', async () => {
    const archive = await openArchive(await tempDir());
    const state = ok(await archive.api.codebookState({}));
    expect(state.pending).toBe(true);
    const themes = ok(await archive.api.listThemes({}));
    expect(themes.map((t) => t.name)).toEqual([
      'labour',
      'clans',
      'foreign involvement',
      'casualties',
    ]);
    // No cue of one story: the Kazakhstan cues are a pack, not the default.
    const cues = themes.flatMap((t) => t.cues);
    for (const topical of ['zhuz', 'CSTO', 'Putin', 'Kremlin', 'son-in-law', 'colour revolution'])
      expect(cues).not.toContain(topical);
    expect(state.packs.map((p) => [p.id, p.added])).toEqual([['kazakhstan-2022', false]]);

    ok(await archive.api.startCodebook({ start: 'empty' }));
    expect(ok(await archive.api.listThemes({}))).toEqual([]);
    expect(ok(await archive.api.codebookState({})).pending).toBe(false);
    ok(await archive.api.undo({}));
    expect(ok(await archive.api.listThemes({}))).toHaveLength(4);
  });

  it('adds a topic cue pack to the themes it extends', async () => {
    const archive = await openArchive(await tempDir());
    ok(await archive.api.addCuePack({ packId: 'kazakhstan-2022' }));
    const foreign = ok(await archive.api.listThemes({})).find(
      (t) => t.id === 'foreign-involvement',
    )!;
    expect(foreign.cues).toEqual(expect.arrayContaining(['CSTO', 'Kremlin', 'foreign']));
    expect(ok(await archive.api.codebookState({})).packs[0]!.added).toBe(true);
    const missing = await archive.api.addCuePack({ packId: 'no-such-pack' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('writes CSV that a CSV reader reads, and reads it back into another library unchanged', async () => {
    const archive = await openArchive(await tempDir());
    await richCodebook(archive);
    const csv = decoded(ok(await archive.api.exportCodebook({ format: 'csv' })));
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual(['name', 'parent', 'color', 'description', 'cues']);
    expect(rows.data.find((r) => r.name === 'wages, pay')).toMatchObject({
      parent: 'labour',
      color: '#123abc',
      cues: 'wage',
    });

    const other = await openArchive(await tempDir());
    const report = await readInto(other, 'codebook.csv', csv);
    expect(report.setAside).toEqual([]);
    expect(outline(ok(await other.api.listThemes({})))).toEqual(
      outline(ok(await archive.api.listThemes({}))),
    );
    expect(ok(await other.api.codebookState({})).pending).toBe(false);
  });

  it('writes a REFI-QDA codebook that the standard’s schema accepts, with lasting GUIDs, and reads it back', async () => {
    const archive = await openArchive(await tempDir());
    await richCodebook(archive);
    const qdc = decoded(ok(await archive.api.exportCodebook({ format: 'qdc' })));
    const schema = await readFile(join(refiQda, 'Codebook.xsd'), 'utf8');
    const checked = await validateXML({
      xml: [{ fileName: 'codebook.qdc', contents: qdc }],
      schema: [schema],
    });
    expect(checked.errors).toEqual([]);
    expect(checked.valid).toBe(true);
    const again = decoded(ok(await archive.api.exportCodebook({ format: 'qdc' })));
    const guids = (xml: string) => [...xml.matchAll(/guid="([^"]+)"/g)].map((m) => m[1]);
    expect(guids(again)).toEqual(guids(qdc));
    expect(new Set(guids(qdc)).size).toBe(5);

    const other = await openArchive(await tempDir());
    await readInto(other, 'codebook.qdc', qdc);
    expect(outline(ok(await other.api.listThemes({})))).toEqual(
      outline(ok(await archive.api.listThemes({}))),
    );
  });

  it('reads a codebook another QDA tool wrote, saying what it could not keep', async () => {
    const archive = await openArchive(await tempDir());
    const qdc = await readFile(join(refiQda, 'atlas-style.qdc'), 'utf8');
    const report = await readInto(archive, 'atlas.qdc', qdc);
    expect(report.added.sort()).toEqual([
      'context',
      'displacement',
      'grazing rights',
      'land & water',
    ]);
    expect(report.removed.sort()).toEqual(['casualties', 'clans', 'foreign involvement', 'labour']);
    expect(report.notes.join(' ')).toMatch(/1 code set not read/);
    expect(report.notes.join(' ')).toMatch(/1 code was not codable/);
    const themes = outline(ok(await archive.api.listThemes({})));
    expect(themes.find((t) => t.name === 'grazing rights')!.parent).toBe('land & water');
    expect(themes.find((t) => t.name === 'displacement')!.color).toBe('#ff7700');
    expect(themes.find((t) => t.name === 'displacement')!.description).toBe(
      'Názvy v jiných jazycích: vysídlení.',
    );
  });

  it('sets aside bad rows with their reason, and refuses a file with no themes without touching the codebook', async () => {
    const archive = await openArchive(await tempDir());
    const csv =
      'Name,Colour,Description,Owner\nstrikes,#abc,Walkouts,ana\n,#000000,no name,\nrumours,red,,\n';
    const report = await readInto(archive, 'mixed.csv', csv, false);
    expect(report.added).toEqual(['strikes', 'rumours']);
    expect(report.setAside.map((s) => s.where)).toEqual(['row 3', 'row 4']);
    expect(report.setAside[1]!.reason).toMatch(/“red” is not a colour/);
    expect(report.notes).toEqual(['Columns not read: owner.']);
    const before = ok(await archive.api.listThemes({}));
    const refused = await archive.api.importCodebook({
      name: 'wrong.csv',
      dataBase64: base64('title,text\na,b\n'),
      replace: true,
    });
    expect(refused.ok ? null : refused.error.message).toMatch(/no “name” column/);
    const broken = await archive.api.importCodebook({
      name: 'broken.qdc',
      dataBase64: base64('<CodeBook><Codes><Code name="a"'),
      replace: true,
    });
    expect(broken.ok ? null : broken.error.message).toMatch(/not well-formed XML/);
    expect(ok(await archive.api.listThemes({}))).toEqual(before);
  });

  it('replacing the codebook keeps every theme a highlight uses', async () => {
    const archive = await openArchive(await tempDir());
    const imported = ok(
      await archive.api.importFiles({
        files: [{ name: 'a.txt', dataBase64: base64('A title\n\nDockers went on strike.') }],
      }),
    );
    const sourceId =
      imported.results[0]!.status === 'imported' ? imported.results[0]!.source.id : '';
    const detail = ok(await archive.api.getSource({ id: sourceId }));
    const passage = detail.passages[0]!;
    ok(
      await archive.api.createHighlight({
        sourceId,
        start: passage.start,
        end: passage.end,
        themeIds: ['labour'],
      }),
    );
    const report = await readInto(archive, 'new.csv', 'name\nstrikes\n');
    expect(report.kept).toEqual(['labour']);
    expect(report.removed.sort()).toEqual(['casualties', 'clans', 'foreign involvement']);
    expect(ok(await archive.api.listHighlights({ sourceId }))[0]!.themeIds).toEqual(['labour']);
  });

  it('is written and read by the CLI', async () => {
    const lib = await tempDir();
    const out = join(await tempDir(), 'book.qdc');
    const exported = await dossier([
      'codebook',
      'export',
      '--format',
      'qdc',
      '--out',
      out,
      '--library',
      lib,
    ]);
    expect(exported.out).toMatch(/wrote a codebook of 4 themes/);
    expect(await readFile(out, 'utf8')).toMatch(/<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/);
    const csv = join(await tempDir(), 'book.csv');
    await writeFile(csv, 'name,cues\nprotest,march; rally\n');
    const other = await tempDir();
    const read = await dossier(['codebook', 'import', csv, '--replace', '--library', other]);
    expect(read.out).toMatch(/read book.csv: 1 added/);
    const themes = JSON.parse((await dossier(['themes', '--json', '--library', other])).out);
    expect(themes.map((t: ThemeView) => [t.name, t.cues])).toEqual([
      ['protest', ['march', 'rally']],
    ]);
  });
});

describe('the codebook start choice', () => {
  it('is kept when the library is closed and opened again, and undone like any edit', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    ok(await archive.api.startCodebook({ start: 'general' }));
    expect(ok(await archive.api.codebookState({})).pending).toBe(false);
    ok(await archive.api.undo({}));
    expect(ok(await archive.api.codebookState({})).pending).toBe(true);
    ok(await archive.api.redo({}));
    await archive.close();
    const reopened = await openArchive(dir);
    expect(ok(await reopened.api.codebookState({})).pending).toBe(false);
    await reopened.close();
  });
});
