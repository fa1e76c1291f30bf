// A shared library's own rules (name aliases for search, the words figures are read by) and the
// citation styles its writers added travel with it: a part changed on one machine reaches the
// others, a part set two ways is a conflict listed and settled like any field.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { joinLibrary, shareLibrary, syncOnce } from '../../electron/main/sync/syncReplica';
import { resolveConflict, syncConflicts } from '../../electron/main/sync/syncConflicts';
import { exchange } from '../../electron/main/sync/syncExchange';
import { digestOf } from '../../electron/main/sync/serverAccess';
import { syncUrl } from '../../electron/main/sync/syncProtocol';
import { firstShape, type SyncDoc } from '../../shared/sync/syncShape';
import { ok } from '../helpers/apiCalls';
import { officialStyleXml } from '../helpers/officialStyles';
import { openArchive, tempDir } from '../helpers/tempLibrary';

async function twoWriters() {
  const dir = await tempDir();
  const server = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  const text = 'Council minutes\n\nThe delegation from Salisbury arrived late.\n';
  ok(
    await a.api.importFiles({
      files: [{ name: 'minutes.txt', dataBase64: Buffer.from(text).toString('base64') }],
    }),
  );
  ok(await a.api.setWriterRules({ nameAliases: [{ from: 'Salisbury', to: 'Harare' }] }));
  const { code } = await shareLibrary(a.state, server.shareUrl, 'Ana');
  const b = await openArchive(join(dir, 'b'));
  await joinLibrary(b.state, server.url, code, 'Ben');
  return { dir, server, a, b };
}

describe('a shared library’s rules and styles', () => {
  it('reach a writer who joins, kept in their rules.json', async () => {
    const { server, b } = await twoWriters();
    expect(b.state.rules.current.nameAliases).toEqual([{ from: 'Salisbury', to: 'Harare' }]);
    // On disk too, as the next process to open the library reads it.
    const kept = JSON.parse(await readFile(join(b.state.files.dir, 'rules.json'), 'utf8')) as {
      nameAliases: unknown;
    };
    expect(kept.nameAliases).toEqual([{ from: 'Salisbury', to: 'Harare' }]);
    await server.close();
  });

  it('changed in different parts on two machines, keep both', async () => {
    const { server, a, b } = await twoWriters();
    ok(await a.api.setWriterRules({ qualifiers: ['upwards of', 'at least'] }));
    ok(
      await b.api.setWriterRules({
        nameAliases: [
          { from: 'Salisbury', to: 'Harare' },
          { from: 'Canton', to: 'Guangzhou' },
        ],
      }),
    );
    await syncOnce(a.state);
    await syncOnce(b.state);
    await syncOnce(a.state);
    for (const archive of [a, b]) {
      expect(archive.state.rules.current.qualifiers).toEqual(['upwards of', 'at least']);
      expect(archive.state.rules.current.nameAliases.map((x) => x.from).sort()).toEqual([
        'Canton',
        'Salisbury',
      ]);
    }
    await server.close();
  });

  it('set two ways, are one conflict; the value kept goes everywhere', async () => {
    const { server, a, b } = await twoWriters();
    const from = Math.floor(Date.now() / 1000) * 1000;
    ok(await a.api.setWriterRules({ vagueAmounts: ['a handful'] }));
    ok(await b.api.setWriterRules({ vagueAmounts: ['scores'] }));
    await syncOnce(a.state);
    await syncOnce(b.state);
    await syncOnce(a.state);
    const all = await syncConflicts(b.state);
    const conflicts = all.filter((c) => c.collection === 'rules');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.field).toBe('vagueAmounts');
    expect(conflicts[0]!.setBy?.sort()).toEqual(['Ana', 'Ben']);
    // When each was set, by the writers' clocks (to the second).
    for (const at of conflicts[0]!.setAt ?? [null, null]) {
      expect(Date.parse(at ?? '')).toBeGreaterThanOrEqual(from);
      expect(Date.parse(at ?? '')).toBeLessThanOrEqual(Date.now());
    }
    const index = all.indexOf(conflicts[0]!);
    const keep = conflicts[0]!.values.findIndex((v) => JSON.stringify(v) === '["scores"]');
    await resolveConflict(b.state, index, keep);
    await syncOnce(b.state);
    await syncOnce(a.state);
    for (const archive of [a, b]) {
      expect(archive.state.rules.current.vagueAmounts).toEqual(['scores']);
      expect((await syncConflicts(archive.state)).filter((c) => c.collection === 'rules')).toEqual(
        [],
      );
    }
    await server.close();
  });

  it('carry a citation style one writer added to the others', async () => {
    const { server, a, b } = await twoWriters();
    const xml = officialStyleXml('chicago-note-bibliography').replace(
      /<title>[^<]*<\/title>/u,
      '<title>House style</title>',
    );
    const added = ok(await a.api.addStyle({ fileName: 'house.csl', cslXml: xml }));
    await syncOnce(a.state);
    await syncOnce(b.state);
    const styles = ok(await b.api.listStyles({}));
    expect(styles.find((s) => s.id === added.id)?.label).toBe('House style');
    await server.close();
  });

  it('are added to a library shared before they travelled by its sharer alone', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    const token = new URL(server.shareUrl).searchParams.get('register')!;
    const library = randomUUID();
    const [owner, writer] = ['o'.repeat(24), 'w'.repeat(24)];
    // The document's first shape, as libraries were shared before rules and styles.
    const old = A.change(A.init<SyncDoc>(), (d) => {
      Object.assign(d, firstShape('2025-01-01T00:00:00.000Z'));
    });
    const shared = await exchange(
      syncUrl(server.url, library, owner, token, { writer: digestOf(writer) }),
      old,
    );
    // A writer's code may not add them (a second one would compete with the sharer's).
    const byWriter = A.change(A.clone(shared), (d) => {
      d.rules = {};
    });
    await expect(exchange(syncUrl(server.url, library, writer), byWriter)).rejects.toThrow(
      /replace the shared library itself/,
    );
    // The sharer may, once.
    const bySharer = A.change(shared, (d) => {
      d.rules = {};
      d.styles = {};
    });
    const upgraded = await exchange(syncUrl(server.url, library, owner), bySharer);
    expect(upgraded.rules).toEqual({});
    await server.close();
  });
});
