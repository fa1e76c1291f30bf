// Joining a shared library can be cut short, and a replica can lose its copy of the shared
// document: neither may ever empty or split the library everyone shares.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { loadDoc, saveDoc } from '../../electron/main/sync/replicaDoc';
import { readReplica } from '../../electron/main/sync/replicaFiles';
import { syncOnce } from '../../electron/main/sync/syncReplica';
import type { SyncDoc } from '../../shared/sync/syncShape';
import { repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const SOURCES = 60;

/** A library of many small reports, shared; the server and the share code. */
async function sharedLibrary(dir: string, onMessage?: () => void) {
  const server = await startSyncServer({ dataDir: join(dir, 'server'), onMessage });
  const a = join(dir, 'a');
  const archive = await openArchive(a);
  const files = Array.from({ length: SOURCES }, (_, i) => ({
    name: `report-${i}.txt`,
    dataBase64: Buffer.from(
      `Report ${i}\n\nThe committee met on day ${i} and heard ${i + 2} witnesses about the flood.\n`,
    ).toString('base64'),
  }));
  const imported = await archive.api.importFiles({ files });
  expect(imported.ok).toBe(true);
  await archive.close();
  const shared = await dossier(['sync', 'share', server.shareUrl, '--json', '--library', a]);
  const { code } = JSON.parse(shared.out) as { code: string };
  return { server, a, code };
}

const titles = async (library: string) =>
  (JSON.parse((await dossier(['list', '--json', '--library', library])).out) as { title: string }[])
    .map((s) => s.title)
    .sort();

describe('joining a shared library', () => {
  it('cut short, leaves the folder no replica; the same join finishes it and nothing is emptied', async () => {
    const dir = await tempDir();
    let kill: (() => void) | null = null;
    const { server, a, code } = await sharedLibrary(dir, () => kill?.());
    const b = join(dir, 'b');
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin/dossier.mjs'), 'sync', 'join', server.url, code, '--library', b],
      { stdio: 'ignore' },
    );
    const killed = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    kill = () => {
      kill = null;
      child.kill('SIGKILL');
    };
    expect(await killed).toBe('SIGKILL');
    expect(existsSync(join(b, 'sync', 'replica.json'))).toBe(false);

    // Not a replica: sync refuses, and says how to finish.
    const early = await dossier(['sync', '--library', b]);
    expect(early.code).toBe(1);
    expect(early.err).toContain('A join of a shared library was cut short here');

    const again = await dossier(['sync', 'join', server.url, code, '--library', b]);
    expect(again.code, again.err).toBe(0);
    expect(await titles(b)).toEqual(await titles(a));
    // The sharer loses nothing, and the shared document has one top level.
    const aSync = await dossier(['sync', '--library', a]);
    expect(aSync.code).toBe(0);
    expect(aSync.out).not.toMatch(/removed/);
    expect(await titles(a)).toHaveLength(SOURCES);
    await server.close();
  });

  it('a replica that lost its copy of the shared document refuses to sync, and the library is whole', async () => {
    const dir = await tempDir();
    const { server, a, code } = await sharedLibrary(dir);
    const b = join(dir, 'b');
    expect((await dossier(['sync', 'join', server.url, code, '--library', b])).code).toBe(0);
    await rm(join(b, 'sync', 'replica.automerge'));
    const refused = await dossier(['sync', '--library', b]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/replica\.automerge is missing: .*join again with the share code/);
    const aSync = await dossier(['sync', '--library', a]);
    expect(aSync.out).not.toMatch(/removed/);
    expect(await titles(a)).toHaveLength(SOURCES);
    await server.close();
  });

  it('the server refuses a change that would replace the library’s top level', async () => {
    const dir = await tempDir();
    const { server, a, code } = await sharedLibrary(dir);
    const b = join(dir, 'b');
    expect((await dossier(['sync', 'join', server.url, code, '--library', b])).code).toBe(0);
    // A replica whose document, by a bug or by hand, replaces the sources map with an empty one.
    const archive = await openArchive(b);
    const replica = (await readReplica(archive.state))!;
    const doc = A.change(await loadDoc(archive.state, replica), (d: SyncDoc) => {
      d.sources = {};
    });
    await saveDoc(archive.state, doc);
    await expect(syncOnce(archive.state)).rejects.toThrow(/refused this replica's changes/);
    await archive.close();
    const aSync = await dossier(['sync', '--library', a]);
    expect(aSync.code).toBe(0);
    expect(aSync.out).not.toMatch(/removed/);
    expect(await titles(a)).toHaveLength(SOURCES);
    await server.close();
  });
});
