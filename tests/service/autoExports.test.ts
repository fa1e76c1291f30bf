import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { asUpload, corpusFile } from '../helpers/corpus';
import { ok } from '../helpers/apiCalls';
import { dossier } from '../helpers/runDossier';
import { homeTempDir, openArchive, tempDir } from '../helpers/tempLibrary';

const withSidecar = (prefix: string) =>
  [corpusFile(prefix), corpusFile(prefix, '.csl.json')].map((f) => asUpload(f));

const read = (path: string) => readFile(path, 'utf8').catch(() => '');
/** The citation keys a .bib file holds. */
const bibKeys = async (path: string) =>
  [...(await read(path)).matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]).sort();

describe('bibliography files kept up to date', () => {
  it('rewrites a .bib file when sources come in or their details change', async () => {
    const dir = await homeTempDir();
    const archive = await openArchive(join(dir, 'library'));
    const { api } = archive;
    ok(await api.importFiles({ files: withSidecar('000') }));
    const refs = join(dir, 'refs.bib');
    const added = ok(await api.addAutoExport({ path: refs, format: 'bibtex' }));
    expect(added.count).toBeGreaterThan(0);
    const keys = await bibKeys(refs);
    expect(keys).toHaveLength(added.count);

    const second = ok(await api.importFiles({ files: withSidecar('003') }));
    const sourceId = second.results[0]!.status === 'imported' ? second.results[0]!.source.id : '';
    const key = String(ok(await api.getSource({ id: sourceId })).metadata['citation-key']);
    // The window does not wait for the file: it is rewritten once the changes settle.
    await vi.waitFor(async () => expect(await bibKeys(refs)).toContain(key), { timeout: 5000 });

    const metadata = ok(await api.getSource({ id: sourceId })).metadata;
    ok(
      await api.setSourceMetadata({
        sourceId,
        metadata: { ...metadata, title: 'A title the writer corrected' },
      }),
    );
    await vi.waitFor(
      async () => expect(await read(refs)).toContain('A title the writer corrected'),
      { timeout: 5000 },
    );
  });

  it('keeps a collection’s CSL-JSON, and remembers the kept files across sessions', async () => {
    const dir = await homeTempDir();
    const library = join(dir, 'library');
    let archive = await openArchive(library);
    const imported = ok(
      await archive.api.importFiles({ files: [...withSidecar('000'), ...withSidecar('003')] }),
    );
    const [first, second] = imported.results.flatMap((r) =>
      r.status === 'imported' ? [r.source.id] : [],
    );
    const collection = ok(
      await archive.api.saveCollection({ name: 'Chapter 2', sourceIds: [first!] }),
    );
    const path = join(dir, 'chapter2.json');
    ok(await archive.api.addAutoExport({ path, format: 'csl-json', collectionId: collection.id }));
    const titles = async () =>
      (JSON.parse((await read(path)) || '[]') as { title: string }[]).map((i) => i.title).sort();
    const only = ok(await archive.api.getSource({ id: first! })).title;
    expect(await titles()).toEqual([only]);
    await archive.close();

    archive = await openArchive(library);
    expect(ok(await archive.api.listAutoExports({})).exports).toEqual([
      { path, format: 'csl-json', collectionId: collection.id },
    ]);
    ok(
      await archive.api.saveCollection({
        id: collection.id,
        name: 'Chapter 2',
        sourceIds: [first!, second!],
      }),
    );
    // Closing writes what is pending: a CLI command's change reaches the file before it exits.
    await archive.close();
    expect(await titles()).toHaveLength(2);
  });

  it('refuses a file whose ending does not match its format, and a folder that is not there', async () => {
    const dir = await homeTempDir();
    const archive = await openArchive(join(dir, 'library'));
    const wrong = await archive.api.addAutoExport({
      path: join(dir, 'refs.txt'),
      format: 'bibtex',
    });
    expect(!wrong.ok && wrong.error.message).toMatch(/must end in \.bib/);
    const nowhere = await archive.api.addAutoExport({
      path: join(dir, 'missing', 'refs.bib'),
      format: 'bibtex',
    });
    expect(!nowhere.ok && nowhere.error.message).toMatch(/There is no folder/);
    expect(ok(await archive.api.listAutoExports({})).exports).toEqual([]);
  });

  it('opens the library when the list of kept files is damaged, and says so', async () => {
    const dir = await homeTempDir();
    const library = join(dir, 'library');
    await (await openArchive(library)).close();
    await writeFile(join(library, 'auto-exports.json'), '{"exports": [{"path": "relative.bib"');
    const archive = await openArchive(library);
    const state = ok(await archive.api.listAutoExports({}));
    expect(state.unreadable).toMatch(/not JSON/);
    const add = await archive.api.addAutoExport({ path: join(dir, 'a.bib'), format: 'bibtex' });
    expect(!add.ok && add.error.code).toBe('LIBRARY_UNREADABLE');
    // The damaged file is left for the writer to see, not overwritten.
    expect(await read(join(library, 'auto-exports.json'))).toBe(
      '{"exports": [{"path": "relative.bib"',
    );
  });

  it('is dossier bib --watch, kept up to date by later commands, until --unwatch', async () => {
    const dir = await homeTempDir();
    const library = join(dir, 'library');
    const refs = join(dir, 'refs.bib');
    const run = (...args: string[]) => dossier([...args, '--library', library]);
    expect((await run('import', corpusFile('000'), corpusFile('000', '.csl.json'))).code).toBe(0);
    const watch = await run('bib', '--format', 'bibtex', '--out', refs, '--watch');
    expect(watch.code).toBe(0);
    expect(watch.out).toMatch(/Dossier rewrites it whenever the library changes/);
    // The article and the reader comments under it, each a source.
    const before = await bibKeys(refs);
    expect(before.length).toBeGreaterThan(0);
    expect((await run('import', corpusFile('003'))).code).toBe(0);
    const after = await bibKeys(refs);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(expect.arrayContaining(before));
    expect((await run('bib', '--watch')).out).toContain(`${refs} (bibtex)`);
    expect((await run('bib', '--unwatch', refs)).code).toBe(0);
    expect((await run('import', corpusFile('004'))).code).toBe(0);
    expect(await bibKeys(refs)).toEqual(after);
  });
});

describe('files outside the library are written only where the writer said so', () => {
  it('a kept file that came with the library folder is listed, never written', async () => {
    const home = await homeTempDir();
    const library = join(home, 'library');
    await (await openArchive(library)).close();
    // A shared or downloaded library that carries a list pointing at one of the writer's files.
    const victim = join(home, 'thesis.bib');
    await writeFile(victim, '@book{mine, title={My own bibliography}}\n');
    await writeFile(
      join(library, 'auto-exports.json'),
      JSON.stringify({ exports: [{ path: victim, format: 'ris' }] }),
    );
    const run = (...args: string[]) => dossier([...args, '--library', library]);
    expect((await run('import', corpusFile('000'))).code).toBe(0);
    expect(await read(victim)).toBe('@book{mine, title={My own bibliography}}\n');
    const listed = await run('bib', '--watch');
    expect(listed.out).toContain(victim);
    expect(listed.out).toContain('not added on this machine');

    // Added by the writer here, the same path is kept up to date.
    expect((await run('bib', '--format', 'bibtex', '--out', victim, '--watch')).code).toBe(0);
    expect(await read(victim)).not.toContain('My own bibliography');
    expect((await bibKeys(victim)).length).toBeGreaterThan(0);
  });

  it('refuses a path inside the library or outside the home folder', async () => {
    const home = await homeTempDir();
    const library = join(home, 'library');
    const archive = await openArchive(library);
    const inLibrary = await archive.api.addAutoExport({
      path: join(library, 'library.bib'),
      format: 'bibtex',
    });
    expect(!inLibrary.ok && inLibrary.error.message).toMatch(/inside the library folder/);
    const outside = await archive.api.addAutoExport({
      path: join(await tempDir(), 'refs.bib'),
      format: 'bibtex',
    });
    expect(!outside.ok && outside.error.message).toMatch(/outside your home folder/);
    expect(ok(await archive.api.listAutoExports({})).exports).toEqual([]);
  });
});
