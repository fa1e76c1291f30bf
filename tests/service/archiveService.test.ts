import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/libraryDocument';
import { asUpload, corpusFiles, fixtureFiles } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { readStoredLibrary } from '../helpers/storedLibrary';
import { armFaultPoint } from '../../electron/main/library/faultPoints';

// A point armed and not reached must not stop a later test sharing this worker.
afterEach(() => armFaultPoint(null));

const upload = (name: string, text: string | Uint8Array) => ({
  name,
  dataBase64: Buffer.from(text).toString('base64'),
});

async function importAll(dir: string, files: string[]) {
  const archive = await openArchive(dir);
  const result = await archive.api.importFiles({ files: files.map((f) => asUpload(f)) });
  await archive.close();
  if (!result.ok) throw new Error(result.error.message);
  return result.value.results;
}

describe('archive service on a real library folder', () => {
  it('imports text files, and after quitting and reopening everything is still there', async () => {
    const dir = await tempDir();
    const results = await importAll(dir, fixtureFiles());
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);

    const reopened = await openArchive(dir);
    const list = await reopened.api.listSources({});
    expect(list.ok && list.value.map((s) => s.title).sort()).toEqual([
      'Notes on the CSTO deployment',
      'Oil workers walk out in Mangystau',
      'Who runs Kazakhstan after Nazarbaev?',
    ]);
    const strike = list.ok ? list.value.find((s) => s.file === 'oil-strike.txt')! : undefined;
    const detail = await reopened.api.getSource({ id: strike!.id });
    expect(detail.ok && detail.value.passages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(detail.ok && detail.value.passages[0]!.text).toMatch(/^The strike began in Zhanaozen/);
    await reopened.close();
  });

  it('keeps the normalised text by content hash and the original file as imported', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const raw = '\uFEFFA title\r\n\r\nA paragraph.\r\n';
    const result = await archive.api.importFiles({ files: [upload('windows.txt', raw)] });
    await archive.close();
    const texts = await readdir(join(dir, 'texts'));
    const originals = await readdir(join(dir, 'originals'));
    expect(texts).toHaveLength(1);
    expect(await readFile(join(dir, 'texts', texts[0]!), 'utf8')).toBe('A title\n\nA paragraph.');
    expect(await readFile(join(dir, 'originals', originals[0]!), 'utf8')).toBe(raw);
    expect(result.ok && result.value.results[0]!.status).toBe('imported');
    const doc = readStoredLibrary(dir);
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.sources[0]!.passages[0]).toMatchObject({ start: 9, end: 21 });
  });

  it('searches every passage and finds a name however it is spelled', async () => {
    const dir = await tempDir();
    await importAll(dir, corpusFiles());
    const archive = await openArchive(dir);
    const result = await archive.api.search({ query: 'Janaozen' });
    await archive.close();
    expect(result.ok).toBe(true);
    const texts = result.ok ? result.value.hits.map((h) => h.text) : [];
    expect(texts.some((t) => t.includes('Janaozen'))).toBe(true);
    expect(texts.some((t) => t.includes('Zhanaozen'))).toBe(true);
    expect(result.ok && result.value.hits.every((h) => h.sourceTitle.length > 0)).toBe(true);
  });

  it('reports a file already in the library as a duplicate and does not add it twice', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const first = await archive.api.importFiles({ files: [upload('a.txt', 'Title\n\nBody.')] });
    // Same text with other line endings and a trailing blank line: still the same text.
    const again = await archive.api.importFiles({
      files: [upload('copy.txt', 'Title\r\n\r\nBody.\r\n\r\n')],
    });
    const list = await archive.api.listSources({});
    await archive.close();
    const id =
      first.ok && first.value.results[0]!.status === 'imported'
        ? first.value.results[0]!.source.id
        : '';
    expect(again.ok && again.value.results[0]).toEqual({
      file: 'copy.txt',
      status: 'duplicate',
      sourceId: id,
      title: 'Title',
    });
    expect(list.ok && list.value).toHaveLength(1);
  });

  it('refuses empty, binary and unsupported files with the reason, and imports the rest of the batch', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const result = await archive.api.importFiles({
      files: [
        upload('empty.txt', '  \n\n '),
        upload(
          'image.txt',
          new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]),
        ),
        upload('nul.txt', 'text\u0000with a NUL'),
        upload('paper.pdf', '%PDF-1.7'),
        upload('slides.pptx', 'PK'),
        upload('good.txt', 'Good\n\nIt stays.'),
      ],
    });
    const list = await archive.api.listSources({});
    await archive.close();
    const results = result.ok ? result.value.results : [];
    expect(results.map((r) => r.status)).toEqual([
      'failed',
      'failed',
      'failed',
      'failed',
      'failed',
      'imported',
    ]);
    const reasons = results.map((r) => (r.status === 'failed' ? r.reason : ''));
    expect(reasons[0]).toBe('empty.txt was not imported: it is empty.');
    expect(reasons[1]).toBe('image.txt was not imported: it is a PNG image, not text.');
    expect(reasons[2]).toMatch(/^nul\.txt was not imported: it is a binary file/);
    expect(reasons[3]).toMatch(/^paper\.pdf was not imported: it is damaged or not a PDF/);
    expect(reasons[4]).toMatch(/^slides\.pptx was not imported: \.pptx files cannot be imported/);
    expect(list.ok && list.value.map((s) => s.title)).toEqual(['Good']);
  });

  it('takes an import back with one Undo, out of the list and the search, and Redo brings it back', async () => {
    const archive = await openArchive(await tempDir());
    const imported = await archive.api.importFiles({
      files: [upload('strike.txt', 'Harbour strike\n\nDockers in Valparaíso stopped work.')],
    });
    expect(imported.ok).toBe(true);
    const history = await archive.api.historyState({});
    expect(history.ok && history.value.undoLabel).toBe('Import “Harbour strike”');
    const titles = async () => {
      const list = await archive.api.listSources({});
      return list.ok ? list.value.map((s) => s.title) : [];
    };
    const found = async () => {
      const hits = await archive.api.search({ query: 'Valparaiso' });
      return hits.ok ? hits.value.total : -1;
    };
    expect(await found()).toBe(1);
    await archive.api.undo({});
    expect(await titles()).toEqual([]);
    expect(await found()).toBe(0);
    await archive.api.redo({});
    expect(await titles()).toEqual(['Harbour strike']);
    expect(await found()).toBe(1);
    await archive.close();
  });

  it('calls a text that opens with a paragraph by its first words, not its file name', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const para = 'The latest wave of protests began in the west. '.repeat(5).trim();
    const result = await archive.api.importFiles({
      files: [upload('untitled-report.txt', `${para}\nMore.`)],
    });
    await archive.close();
    const outcome = result.ok ? result.value.results[0]! : undefined;
    expect(outcome?.status === 'imported' && outcome.source).toMatchObject({
      title: 'Untitled — The latest wave of protests began in the…',
      passageCount: 2,
    });
  });

  it('answers NOT_FOUND for an unknown source and INVALID_INPUT for bad input', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    expect(await archive.api.getSource({ id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await archive.api.getSource({ id: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    await archive.close();
  });

  it('a write that fails leaves the library files and the open library as they were', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    await archive.api.importFiles({ files: [upload('one.txt', 'One\n\nFirst.')] });
    const before = readStoredLibrary(dir);
    // The transaction fails before its commit, as a full disk or a lost device would fail it.
    armFaultPoint('before-commit');
    const result = await archive.api.importFiles({ files: [upload('two.txt', 'Two\n\nSecond.')] });
    expect(result.ok && result.value.results[0]).toMatchObject({ status: 'failed' });
    expect(
      result.ok && result.value.results[0]!.status === 'failed' && result.value.results[0]!.reason,
    ).toMatch(/could not be written/);
    expect(readStoredLibrary(dir)).toEqual(before);
    const list = await archive.api.listSources({});
    expect(list.ok && list.value.map((s) => s.title)).toEqual(['One']);
    // The next change is written as if nothing had happened.
    await archive.api.importFiles({ files: [upload('three.txt', 'Three\n\nThird.')] });
    expect(readStoredLibrary(dir).sources.map((s) => s.title)).toEqual(['One', 'Three']);
    await archive.close();
  });

  it('keeps every change made before a crash', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    await archive.api.importFiles({ files: [upload('one.txt', 'One\n\nFirst.')] });
    await archive.api.importFiles({ files: [upload('two.txt', 'Two\n\nSecond.')] });
    // The process dies here: no close.
    await unlink(join(dir, 'library.lock'));

    const reopened = await openArchive(dir);
    const list = await reopened.api.listSources({});
    expect(list.ok && list.value.map((s) => s.title)).toEqual(['One', 'Two']);
    await reopened.close();
  });

  it('migrates a library written before schema versions, keeping a backup of the old file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'library.json'), JSON.stringify({ sources: [] }));
    const archive = await openArchive(dir);
    await archive.close();
    const doc = readStoredLibrary(dir);
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const backups = await readdir(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, 'backups', backups[0]!), 'utf8'))).toEqual({
      sources: [],
    });
  });

  it('refuses a damaged or newer library with a clear message and does not overwrite it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "sources": [');
    await expect(openArchive(dir)).rejects.toMatchObject({ code: 'LIBRARY_UNREADABLE' });
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(
      '{"schemaVersion": 1, "sources": [',
    );
    expect(await readdir(dir)).not.toContain('library.db');

    const newer = await tempDir();
    await writeFile(
      join(newer, 'library.json'),
      JSON.stringify({ schemaVersion: 99, sources: [] }),
    );
    await expect(openArchive(newer)).rejects.toThrow(/newer Dossier/);
    // The lock is released after a failed open, so the writer can try again.
    await expect(openArchive(newer)).rejects.toThrow(/newer Dossier/);
  });

  it('opens a library with a missing text file, and only that source says what is missing', async () => {
    const dir = await tempDir();
    const archive = await openArchive(dir);
    const result = await archive.api.importFiles({
      files: [upload('lost.txt', 'Lost\n\nGone.'), upload('kept.txt', 'Kept\n\nStill here.')],
    });
    await archive.close();
    const [lost, kept] = result.ok ? result.value.results : [];
    const lostId = lost?.status === 'imported' ? lost.source.id : '';
    const keptId = kept?.status === 'imported' ? kept.source.id : '';
    const doc = readStoredLibrary(dir);
    await unlink(join(dir, 'texts', `${doc.sources[0]!.textHash}.txt`));

    const reopened = await openArchive(dir);
    const broken = await reopened.api.getSource({ id: lostId });
    expect(broken).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNREADABLE' } });
    expect(!broken.ok && broken.error.message).toMatch(/The text of “Lost” .* is missing/);
    expect((await reopened.api.getSource({ id: keptId })).ok).toBe(true);
    const hits = await reopened.api.search({ query: 'Still here' });
    expect(hits.ok && hits.value.hits.map((h) => h.sourceId)).toEqual([keptId]);
    await reopened.close();
  });

  it('drops __proto__ keys from the stored JSON', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'library.json'),
      '{"schemaVersion":1,"createdAt":"x","sources":[],"__proto__":{"polluted":true}}',
    );
    const archive = await openArchive(dir);
    await archive.close();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
