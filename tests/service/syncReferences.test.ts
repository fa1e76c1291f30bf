// References survive every merge: a theme or source deleted on one machine while another writer
// renames or tags with comes back, whichever writer syncs first.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { joinLibrary, shareLibrary, syncOnce } from '../../electron/main/sync/syncReplica';
import { danglingReferences } from '../../shared/model/danglingReferences';
import { ok } from '../helpers/apiCalls';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const REPORT =
  'Harbour strike\n\nThe dockers walked out over pay.\n\nShips waited offshore for a week.\n';

/** Two writers sharing a library of one report and a theme "crews"; the report's id. */
async function twoWriters() {
  const dir = await tempDir();
  const server = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  const imported = ok(
    await a.api.importFiles({
      files: [{ name: 'harbour.txt', dataBase64: Buffer.from(REPORT).toString('base64') }],
    }),
  );
  const sourceId = imported.results[0]!.status === 'imported' ? imported.results[0]!.source.id : '';
  const theme = ok(await a.api.createTheme({ name: 'crews' }));
  const { code } = await shareLibrary(a.state, server.shareUrl, 'Astrid');
  const b = await openArchive(join(dir, 'b'));
  await joinLibrary(b.state, server.url, code, 'Bruno');
  return { server, a, b, sourceId, themeId: theme.id };
}

async function themes(archive: Archive) {
  return ok(await archive.api.listThemes({})).map((t) => ({ id: t.id, name: t.name }));
}

async function highlightThemes(archive: Archive, sourceId: string) {
  return ok(await archive.api.listHighlights({ sourceId })).map((h) => h.themeIds);
}

const orders = [
  ['the renamer', 'the deleter'],
  ['the deleter', 'the renamer'],
] as const;

describe('a theme renamed and used on one machine, deleted on another', () => {
  for (const order of orders) {
    it(`comes back with its new name when ${order[0]} syncs first`, async () => {
      const { server, a, b, sourceId, themeId } = await twoWriters();
      // Offline: A tags with the theme and renames it; B deletes it.
      await tagQuote(a.api, sourceId, 'walked out over pay', themeId);
      ok(await a.api.updateTheme({ id: themeId, name: 'kinship' }));
      ok(await b.api.deleteTheme({ id: themeId }));
      const renamer = () => syncOnce(a.state);
      const deleter = () => syncOnce(b.state);
      const reports = [];
      for (const who of order) reports.push(await (who === 'the renamer' ? renamer() : deleter()));
      await syncOnce(a.state);
      await syncOnce(b.state);
      for (const archive of [a, b]) {
        expect(await themes(archive)).toContainEqual({ id: themeId, name: 'kinship' });
        expect(await highlightThemes(archive, sourceId)).toEqual([[themeId]]);
        expect(danglingReferences(archive.state.store.doc)).toEqual([]);
      }
      expect(await themes(a)).toEqual(await themes(b));
      // The writer whose delete was undone is told.
      const told = reports.flatMap((r) => r.kept ?? []);
      if (order[0] === 'the renamer')
        expect(told).toEqual([{ collection: 'themes', id: themeId, label: 'kinship' }]);
      await server.close();
    });
  }
});

describe('a theme deleted on one machine that no one else uses or edits', () => {
  it('stays deleted everywhere, across repeated rounds', async () => {
    const { server, a, b, themeId } = await twoWriters();
    ok(await b.api.deleteTheme({ id: themeId }));
    for (const archive of [b, a, b, a]) await syncOnce(archive.state);
    for (const archive of [a, b])
      expect((await themes(archive)).map((t) => t.id)).not.toContain(themeId);
    await server.close();
  });
});

describe('a theme deleted on one machine while only used on another', () => {
  it('comes back for the highlight made with it, when the deleter synced first', async () => {
    const { server, a, b, sourceId, themeId } = await twoWriters();
    ok(await b.api.deleteTheme({ id: themeId }));
    await syncOnce(b.state);
    await tagQuote(a.api, sourceId, 'Ships waited offshore', themeId);
    await syncOnce(a.state);
    await syncOnce(b.state);
    for (const archive of [a, b]) {
      expect((await themes(archive)).map((t) => t.id)).toContain(themeId);
      expect(danglingReferences(archive.state.store.doc)).toEqual([]);
    }
    await server.close();
  });
});

describe('citation keys made on two machines', () => {
  it('are unique after sync, settled alike on both: the source imported first keeps the key', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    const a = await openArchive(join(dir, 'a'));
    const { code } = await shareLibrary(a.state, server.shareUrl, 'Astrid');
    // B's clock is a minute later: its import is the later one, whatever the machine's speed.
    const b = await openArchive(join(dir, 'b'), { now: () => new Date(Date.now() + 60_000) });
    await joinLibrary(b.state, server.url, code, 'Bruno');
    const report = (name: string, title: string) => [
      {
        name: `${name}.txt`,
        dataBase64: Buffer.from(`${title}\n\nA report.\n`).toString('base64'),
      },
      {
        name: `${name}.csl.json`,
        dataBase64: Buffer.from(
          JSON.stringify({
            title,
            author: [{ family: 'Smith', given: 'Ann' }],
            issued: { 'date-parts': [[2022]] },
          }),
        ).toString('base64'),
      },
    ];
    const first = ok(await a.api.importFiles({ files: report('square', 'Protest in the square') }));
    const later = ok(await b.api.importFiles({ files: report('port', 'Protest at the port') }));
    const idOf = (r: typeof first) =>
      r.results[0]!.status === 'imported' ? r.results[0]!.source.id : '';
    const keysOf = async (archive: Archive) =>
      Object.fromEntries(
        archive.state.store.doc.sources.map((s) => [s.id, s.metadata['citation-key']]),
      );
    expect(Object.values(await keysOf(a))).toEqual(['smith2022protest']);
    expect(Object.values(await keysOf(b))).toEqual(['smith2022protest']);
    await syncOnce(a.state);
    const told = await syncOnce(b.state);
    await syncOnce(a.state);
    const expected = { [idOf(first)]: 'smith2022protest', [idOf(later)]: 'smith2022protesta' };
    expect(await keysOf(a)).toEqual(expected);
    expect(await keysOf(b)).toEqual(expected);
    expect(told.rekeyed).toEqual([
      {
        id: idOf(later),
        title: 'Protest at the port',
        from: 'smith2022protest',
        to: 'smith2022protesta',
      },
    ]);
    // Settled once, alike: no conflict is left to review on either side.
    expect((await syncOnce(a.state)).conflicts).toBe(0);
    expect((await syncOnce(b.state)).conflicts).toBe(0);
    await server.close();
  });
});
