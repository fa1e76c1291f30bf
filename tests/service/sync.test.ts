import { existsSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWriters } from '../../electron/main/sync/writersFile';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { AgreementView } from '../../shared/api/syncTypes';
import { startSyncServer, type SyncServer } from '../../electron/main/sync/syncServer';
import {
  REVIVED_NOTE,
  joinLibrary,
  shareLibrary,
  syncOnce,
} from '../../electron/main/sync/syncReplica';
import { syncConflicts } from '../../electron/main/sync/syncConflicts';
import { FILES_PER_REQUEST } from '../../electron/main/sync/blobTransfer';
import { asUpload, corpusFile } from '../helpers/corpus';
import { ok } from '../helpers/apiCalls';
import { dossier } from '../helpers/runDossier';
import { firstPassage } from '../helpers/firstPassage';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { plantRow, readStoredLibrary } from '../helpers/storedLibrary';
import { totalChanges } from '../../shared/sync/syncChanges';

/** A library as `dossier themes/passages/show --json` would show it, ids and all. */
async function outline(archive: Archive) {
  const { api } = archive;
  const sources = [];
  for (const s of ok(await api.listSources({}))) {
    const { highlights, ...detail } = ok(await api.getSource({ id: s.id }));
    sources.push({ ...detail, highlights: highlights.map(({ createdAt: _c, ...h }) => h) });
  }
  return {
    themes: ok(await api.listThemes({})),
    sources,
    collections: ok(await api.listCollections({})),
  };
}

const passageWith = async (archive: Archive, sourceId: string, index: number) =>
  ok(await archive.api.getSource({ id: sourceId })).passages[index]!.text.slice(0, 50);

/** Sets a source's title in its details, as the inspector does. */
async function retitled(replica: Archive, sourceId: string, title: string) {
  const metadata = ok(await replica.api.getSource({ id: sourceId })).metadata;
  ok(await replica.api.setSourceMetadata({ sourceId, metadata: { ...metadata, title } }));
}

async function setUp() {
  const dir = await tempDir();
  let server: SyncServer = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  const files = ['000', '003'].flatMap((p) => [corpusFile(p), corpusFile(p, '.csl.json')]);
  ok(await a.api.importFiles({ files: files.map((f) => asUpload(f)) }));
  const [s1, s2] = ok(await a.api.listSources({})).filter((s) => !s.title.startsWith('Comment'));
  await tagQuote(a.api, s1!.id, await passageWith(a, s1!.id, 0), 'labour');
  const shared = await shareLibrary(a.state, server.shareUrl, 'Aigerim');
  const b = await openArchive(join(dir, 'b'));
  const c = await openArchive(join(dir, 'c'));
  await joinLibrary(b.state, server.url, shared.code, 'Bolat');
  await joinLibrary(c.state, server.url, shared.code, 'Chen');
  const restart = async () => {
    const port = Number(new URL(server.url).port);
    await server.close();
    server = await startSyncServer({ dataDir: join(dir, 'server'), port });
  };
  return { dir, a, b, c, s1: s1!.id, s2: s2!.id, code: shared.code, server: () => server, restart };
}

describe('a library shared through a sync server', () => {
  it('brings every source, text and highlight to a replica that joins', async () => {
    const { a, b, server } = await setUp();
    expect(await outline(b)).toEqual(await outline(a));
    await server().close();
  });

  it('brings every text of a library with more files than one request asks for', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    const a = await openArchive(join(dir, 'a'));
    // Each import keeps a text and its original: 2 × 40 files, more than two requests' worth.
    const files = Array.from({ length: 40 }, (_, i) => ({
      name: `harbour-report-${i}.txt`,
      dataBase64: Buffer.from(
        `Harbour report ${i}\n\nThe ferry from the island carried ${i + 3} crates of fish and ${i * 7} passengers on day ${i}.\n`,
      ).toString('base64'),
    }));
    expect(files.length * 2).toBeGreaterThan(2 * FILES_PER_REQUEST);
    ok(await a.api.importFiles({ files }));
    const { code } = await shareLibrary(a.state, server.shareUrl, 'Ana');
    const b = await openArchive(join(dir, 'b'));
    await joinLibrary(b.state, server.url, code, 'Ben');
    expect(await outline(b)).toEqual(await outline(a));
    const texts = async (archive: Archive) => {
      const all = [];
      for (const s of ok(await archive.api.listSources({})))
        all.push(ok(await archive.api.getSource({ id: s.id })).passages.map((p) => p.text));
      return all;
    };
    expect(await texts(b)).toEqual(await texts(a));
    for (const archive of [a, b]) await archive.close();
    await server.close();
  });

  it('merges offline edits of three writers, and keeps both sides of the same field', async () => {
    const { a, b, c, s1, s2, server, restart } = await setUp();
    const themeId = (name: string) => name.replace(/ /g, '-');
    // Offline, each on their own machine.
    await tagQuote(a.api, s2, await passageWith(a, s2, 1), 'foreign involvement', 'Check this.');
    ok(await a.api.updateTheme({ id: themeId('clans'), name: 'kin networks' }));
    ok(await a.api.setSourceNote({ sourceId: s1, note: 'Aigerim: interview the hosts.' }));
    await tagQuote(b.api, s2, await passageWith(b, s2, 2), 'casualties');
    ok(await b.api.updateTheme({ id: themeId('clans'), name: 'kinship' }));
    const metadata = ok(await b.api.getSource({ id: s2 })).metadata;
    ok(
      await b.api.setSourceMetadata({
        sourceId: s2,
        metadata: { ...metadata, title: 'Failed revolution' },
      }),
    );
    const first = ok(await c.api.getSource({ id: s1 })).highlights[0]!;
    ok(await c.api.deleteHighlight({ id: first.id }));
    ok(await c.api.setSourceNote({ sourceId: s2, note: 'Chen: compare with Reuters.' }));

    const reports = [];
    for (const replica of [a, b, c]) reports.push(await syncOnce(replica.state));
    // The server restarted between rounds loses nothing it acknowledged.
    await restart();
    for (const replica of [a, b]) await syncOnce(replica.state);
    expect(reports[0]!.went.added.highlights).toBe(1);
    expect(reports[2]!.went.removed.highlights).toBe(1);
    expect(reports[2]!.came.added.highlights).toBe(2);

    const seen = await outline(a);
    expect(await outline(b)).toEqual(seen);
    expect(await outline(c)).toEqual(seen);
    const quotes = seen.sources.flatMap((s) => s.highlights.map((h) => h.quote));
    expect(quotes).toHaveLength(2);
    const source2 = seen.sources.find((s) => s.id === s2)!;
    expect(source2.title).toBe('Failed revolution');
    expect(source2.note).toBe('Chen: compare with Reuters.');
    expect(seen.sources.find((s) => s.id === s1)!.note).toBe('Aigerim: interview the hosts.');
    // Two names for one theme: one is shown, both are kept for the writer to pick.
    const conflicts = await syncConflicts(a.state);
    expect(conflicts).toEqual([
      expect.objectContaining({
        collection: 'themes',
        id: 'clans',
        field: 'name',
        values: expect.arrayContaining(['kin networks', 'kinship']),
      }),
    ]);
    expect(['kin networks', 'kinship']).toContain(seen.themes.find((t) => t.id === 'clans')!.name);
    await server().close();
  });

  it('lets a writer settle a conflict, everywhere, with the value they pick', async () => {
    const { a, b, s2, server } = await setUp();
    const retitle = (replica: Archive, title: string) => retitled(replica, s2, title);
    await retitle(a, 'Failed colour revolution');
    await retitle(b, 'The failed revolution');
    await syncOnce(a.state);
    await syncOnce(b.state);
    // One edit of a title is one conflict: the source's title follows its details' title.
    const conflicts = ok(await b.api.syncConflicts({}));
    expect(conflicts.map((c) => [c.collection, c.id, c.field])).toEqual([
      ['sources', s2, 'metadata.title'],
    ]);
    const pick = conflicts[0]!.values.indexOf('Failed colour revolution');
    expect(pick).toBeGreaterThanOrEqual(0);
    // Each value names the writer who set it.
    const [conflict] = conflicts;
    expect(
      Object.fromEntries(conflict!.values.map((v, k) => [String(v), conflict!.setBy?.[k]])),
    ).toEqual({ 'Failed colour revolution': 'Aigerim', 'The failed revolution': 'Bolat' });
    expect(ok(await b.api.resolveSyncConflict({ index: 0, choice: pick }))).toEqual([]);
    await syncOnce(b.state);
    await syncOnce(a.state);
    // Settled once, one value everywhere: what list shows is what cite and BibTeX use.
    for (const replica of [a, b]) {
      expect(ok(await replica.api.syncConflicts({}))).toEqual([]);
      const source = ok(await replica.api.getSource({ id: s2 }));
      expect(source.metadata.title).toBe('Failed colour revolution');
      expect(source.title).toBe('Failed colour revolution');
    }
    await server().close();
  });

  it('counts the conflicts again only when the document moves, in a new process too', async () => {
    const { dir, a, b, s2, server } = await setUp();
    const retitle = (replica: Archive, title: string) => retitled(replica, s2, title);
    await retitle(a, 'One title');
    await retitle(b, 'Another title');
    await syncOnce(a.state);
    expect((await syncOnce(b.state)).conflicts).toBe(1);
    await b.close();
    // A new process: the count kept with the document's heads, which have not moved.
    const again = await openArchive(join(dir, 'b'));
    expect((await syncOnce(again.state)).conflicts).toBe(1);
    ok(await again.api.resolveSyncConflict({ index: 0, choice: 0 }));
    expect((await syncOnce(again.state)).conflicts).toBe(0);
    await again.close();
    const third = await openArchive(join(dir, 'b'));
    expect((await syncOnce(third.state)).conflicts).toBe(0);
    await server().close();
  });

  it('in a process of its own, sends what changed since the last round, whoever changed it', async () => {
    const { dir, a, b, s2, server } = await setUp();
    await syncOnce(a.state);
    await a.close();
    // Nothing changed: a new process finds the library where the last round left it.
    const second = await openArchive(join(dir, 'a'));
    expect(totalChanges((await syncOnce(second.state)).went)).toBe(0);
    ok(await second.api.setSourceNote({ sourceId: s2, note: 'Written between two rounds.' }));
    await second.close();
    const third = await openArchive(join(dir, 'a'));
    expect((await syncOnce(third.state)).went.changed.sources).toBe(1);
    await third.close();
    // Another tool renames a theme in library.db itself: that is a change to send too.
    const stored = readStoredLibrary(join(dir, 'a'));
    const labour = stored.themes.find((t) => t.id === 'labour')!;
    plantRow(join(dir, 'a'), 'themes', 'labour', JSON.stringify({ ...labour, name: 'work' }));
    const fourth = await openArchive(join(dir, 'a'));
    expect((await syncOnce(fourth.state)).went.changed.themes).toBe(1);
    await syncOnce(b.state);
    expect(ok(await b.api.getSource({ id: s2 })).note).toBe('Written between two rounds.');
    expect(ok(await b.api.listThemes({})).find((t) => t.id === 'labour')!.name).toBe('work');
    await server().close();
  });

  it('makes a new conflict of two writers settling one differently at once, never a silent pick', async () => {
    const { a, b, s2, server } = await setUp();
    const retitle = (replica: Archive, title: string) => retitled(replica, s2, title);
    await retitle(a, 'First title');
    await retitle(b, 'Second title');
    await syncOnce(a.state);
    await syncOnce(b.state);
    await syncOnce(a.state);
    // Each settles the one conflict with the other value, before either syncs.
    for (const [replica, wanted] of [
      [a, 'First title'],
      [b, 'Second title'],
    ] as const) {
      const [conflict] = ok(await replica.api.syncConflicts({}));
      ok(
        await replica.api.resolveSyncConflict({
          index: 0,
          choice: conflict!.values.indexOf(wanted),
        }),
      );
    }
    await syncOnce(a.state);
    await syncOnce(b.state);
    await syncOnce(a.state);
    for (const replica of [a, b]) {
      const conflicts = ok(await replica.api.syncConflicts({}));
      expect(conflicts.map((c) => c.field)).toEqual(['metadata.title']);
      expect([...conflicts[0]!.values].sort()).toEqual(['First title', 'Second title']);
    }
    await server().close();
  });

  it('brings back a highlight deleted on one machine and edited on another, with a note', async () => {
    const { a, b, s1, server } = await setUp();
    const [highlight] = ok(await a.api.getSource({ id: s1 })).highlights;
    ok(await a.api.deleteHighlight({ id: highlight!.id }));
    ok(await b.api.updateHighlight({ id: highlight!.id, note: 'Bolat: this is the key quote.' }));
    await syncOnce(a.state);
    await syncOnce(b.state);
    await syncOnce(a.state);
    for (const replica of [a, b]) {
      const [kept, ...more] = ok(await replica.api.getSource({ id: s1 })).highlights;
      expect(more).toEqual([]);
      expect(kept!.id).toBe(highlight!.id);
      expect(kept!.note).toBe(`Bolat: this is the key quote.\n\n${REVIVED_NOTE}`);
    }
    await server().close();
  });

  it('names the writer of a source note on every replica, and the next writer after an edit', async () => {
    const { dir, a, b, s1, server } = await setUp();
    ok(await b.api.setSourceNote({ sourceId: s1, note: 'Bolat: check the casualty figures.' }));
    await syncOnce(b.state);
    await syncOnce(a.state);
    // The writers' names as the window shows them (syncStatus reads the same file).
    const names = await readWriters(join(dir, 'a'));
    const writers = Object.fromEntries(Object.entries(names).map(([k, w]) => [k, w.name]));
    const noteOf = async (archive: Archive) => {
      const source = ok(await archive.api.getSource({ id: s1 }));
      return [source.note, source.noteWriter ? writers[source.noteWriter] : undefined];
    };
    expect(await noteOf(a)).toEqual(['Bolat: check the casualty figures.', 'Bolat']);
    ok(await a.api.setSourceNote({ sourceId: s1, note: 'Checked against the official count.' }));
    await syncOnce(a.state);
    await syncOnce(b.state);
    expect(await noteOf(b)).toEqual(['Checked against the official count.', 'Aigerim']);

    // Both write the note at once: the note is one conflict to review; who signed it is not.
    ok(await a.api.setSourceNote({ sourceId: s1, note: 'Aigerim: figures differ.' }));
    ok(await b.api.setSourceNote({ sourceId: s1, note: 'Bolat: figures agree.' }));
    await syncOnce(a.state);
    await syncOnce(b.state);
    await syncOnce(a.state);
    const conflicts = ok(await a.api.syncConflicts({}));
    expect(conflicts.map((c) => [c.id, c.field])).toEqual([[s1, 'note']]);
    await server().close();
  });

  it('tells the window a library that is not shared has nothing to sync', async () => {
    const alone = await openArchive(await tempDir(), { syncEveryMs: 200 });
    expect(ok(await alone.api.syncStatus({}))).toEqual({ shared: false, writers: {} });
    await alone.close();
  });

  it('keeps edits made while the server was down, and sends them when it is back', async () => {
    const { a, b, s2, server, restart } = await setUp();
    const port = Number(new URL(server().url).port);
    await server().close();
    await tagQuote(a.api, s2, await passageWith(a, s2, 1), 'casualties', 'While offline.');
    await expect(syncOnce(a.state)).rejects.toThrow(/cannot be reached/);
    await restart();
    expect(Number(new URL(server().url).port)).toBe(port);
    await syncOnce(a.state);
    await syncOnce(b.state);
    expect(await outline(b)).toEqual(await outline(a));
    await server().close();
  });

  it('refuses a replica whose share code has the wrong secret', async () => {
    const { dir, code, server } = await setUp();
    const d = await openArchive(join(dir, 'd'));
    const forged = `${code.split('.')[0]}.${'x'.repeat(32)}`;
    await expect(joinLibrary(d.state, server().url, forged, 'Mallory')).rejects.toThrow(
      /refused this library/,
    );
    expect(ok(await d.api.listSources({}))).toEqual([]);
    await server().close();
  });

  it('measures how far two writers agree, theme by theme, and names the passages they differ on', async () => {
    const { a, b, s2, server } = await setUp();
    const tagPassage = async (replica: Archive, index: number) =>
      tagQuote(replica.api, s2, await passageWith(replica, s2, index), 'labour');
    await tagPassage(a, 0);
    await tagPassage(a, 1);
    await tagPassage(b, 1);
    await tagPassage(b, 2);
    for (const replica of [a, b, a]) await syncOnce(replica.state);
    const units = ok(await a.api.getSource({ id: s2 })).passages.length;
    const library = a.libraryDir;
    await a.close();
    const run = await dossier([
      'sync',
      'agreement',
      'Aigerim',
      'Bolat',
      '--json',
      '--library',
      library,
    ]);
    expect(run.err).toBe('');
    const report = JSON.parse(run.out) as AgreementView;
    const labour = report.themes.find((t) => t.themeId === 'labour')!;
    // One passage both tagged, one each alone, the rest neither.
    expect(labour.units).toBe(units);
    expect(labour.percent).toBeCloseTo(((units - 2) / units) * 100, 6);
    const p = (units - 2) / units;
    const rate = 2 / units;
    const chance = rate * rate + (1 - rate) * (1 - rate);
    expect(labour.kappa!).toBeCloseTo((p - chance) / (1 - chance), 6);
    expect(labour.disagreements.map((d) => [d.number, d.by])).toEqual([
      [1, 'Aigerim'],
      [3, 'Bolat'],
    ]);
    const text = await dossier(['sync', 'agreement', '--library', library]);
    expect(text.out).toMatch(/only Aigerim\n.*only Bolat/);
    await server().close();
  });

  it('is dossier sync share, join and sync on the command line', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    await dossier(['import', corpusFile('003'), '--library', a]);
    const share = await dossier([
      'sync',
      'share',
      server.shareUrl,
      '--writer',
      'Aigerim',
      '--json',
      '--library',
      a,
    ]);
    expect(share.code).toBe(0);
    const { code } = JSON.parse(share.out) as { code: string };
    const join_ = await dossier(['sync', 'join', server.url, code, '--library', b]);
    expect(join_.code).toBe(0);
    expect(join_.out).toMatch(/received: sources 1 added/);
    // The join leaves the search index to the first session that searches, which finds the text.
    expect(existsSync(join(b, 'index', 'search.bin'))).toBe(false);
    const found = await dossier(['search', 'Tokayev', '--json', '--library', b]);
    expect((JSON.parse(found.out) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
    await dossier(['tag', ...(await firstPassage(b)), '--theme', 'labour', '--library', b]);
    expect((await dossier(['sync', '--library', b])).out).toMatch(/sent: highlights 1 added/);
    expect((await dossier(['sync', '--library', a])).out).toMatch(/received: highlights 1 added/);
    expect((await dossier(['sync', 'conflicts', '--library', a])).out).toBe(
      'No conflicting edits.\n',
    );
    await server.close();
  });
});

describe('a shared library exported for a QDA tool', () => {
  it('names each writer a REFI-QDA user and each coding by the writer who made it', async () => {
    const { a, b, s2, server } = await setUp();
    await tagQuote(b.api, s2, await passageWith(b, s2, 2), 'casualties');
    await syncOnce(b.state);
    await syncOnce(a.state);
    const file = ok(await a.api.exportProject({ writer: 'Aigerim' }));
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'));
    const qde = await zip.file('project.qde')!.async('string');
    const users = new Map(
      [...qde.matchAll(/<User guid="([^"]+)" name="([^"]+)"\/>/g)].map((m) => [m[2], m[1]]),
    );
    expect([...users.keys()]).toEqual(expect.arrayContaining(['Aigerim', 'Bolat']));
    const quote = (await passageWith(a, s2, 2)).slice(0, 40);
    const selection = new RegExp(
      `<PlainTextSelection[^>]*name="${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^"]*"[^>]*creatingUser="([^"]+)"`,
    ).exec(qde);
    expect(selection?.[1]).toBe(users.get('Bolat'));
    await server().close();
  });
});
