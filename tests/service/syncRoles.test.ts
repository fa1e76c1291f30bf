// A shared library has two codes: a writer's, which syncs both ways, and a reader's, which
// brings the library in and changes nothing on the server. The sharer can replace either: the
// old one is refused from then on, and a connection open with it is closed.
import { join } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import * as A from '@automerge/automerge';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { joinLibrary, shareLibrary, syncOnce } from '../../electron/main/sync/syncReplica';
import { replaceCode, shareCodes } from '../../electron/main/sync/shareCodes';
import { loadDoc } from '../../electron/main/sync/replicaDoc';
import { readReplica } from '../../electron/main/sync/replicaFiles';
import { exchange } from '../../electron/main/sync/syncExchange';
import { digestOf, openServerAccess } from '../../electron/main/sync/serverAccess';
import { readShareCode, syncUrl } from '../../electron/main/sync/syncProtocol';
import type { SyncDoc } from '../../shared/sync/syncShape';
import { ok } from '../helpers/apiCalls';
import { dossier } from '../helpers/runDossier';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const report = (i: number) => ({
  name: `minutes-${i}.txt`,
  dataBase64: Buffer.from(
    `Minutes ${i}\n\nThe council heard ${i + 3} residents on the bridge repairs.\n`,
  ).toString('base64'),
});

async function shared() {
  const dir = await tempDir();
  const server = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  ok(await a.api.importFiles({ files: [report(1), report(2)] }));
  const codes = await shareLibrary(a.state, server.shareUrl, 'Sharer');
  return { dir, server, a, codes };
}

const titles = async (archive: Awaited<ReturnType<typeof openArchive>>) =>
  ok(await archive.api.listSources({}))
    .map((s) => s.title)
    .sort();

/** How a connection with `url` ends: refused with a status, or closed with a code. */
function connection(url: string, whenOpen: () => void = () => undefined) {
  return new Promise<{ status?: number; closed?: number }>((resolve) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode });
      socket.terminate();
    });
    socket.on('open', whenOpen);
    socket.on('close', (code) => resolve({ closed: code }));
    socket.on('error', () => undefined);
  });
}

describe('a shared library’s codes', () => {
  it('give a writer’s code and a reader’s code, each a code the other side reads', async () => {
    const { server, codes } = await shared();
    expect(readShareCode(codes.code)?.role).toBe('writer');
    expect(readShareCode(codes.readerCode)?.role).toBe('reader');
    expect(readShareCode(codes.code)?.secret).not.toBe(readShareCode(codes.readerCode)?.secret);
    await server.close();
  });

  it('let a reader bring the library in; its own edits stay with it and reach no one', async () => {
    const { dir, server, a, codes } = await shared();
    const reader = await openArchive(join(dir, 'reader'));
    await joinLibrary(reader.state, server.url, codes.readerCode, 'Reader');
    expect(await titles(reader)).toEqual(await titles(a));
    expect((await readReplica(reader.state))?.role).toBe('reader');

    // The reader notes a source and imports one of its own, then syncs.
    const [first] = ok(await reader.api.listSources({}));
    ok(await reader.api.setSourceNote({ sourceId: first!.id, note: 'check the vote count' }));
    ok(await reader.api.importFiles({ files: [report(3)] }));
    const round = await syncOnce(reader.state);
    expect(round.keptHere).toBe(2);
    expect(round.went.added.sources ?? 0).toBe(0);

    // The reader's library keeps its edits; the sharer's and a writer's have none of them.
    const note = async (archive: typeof reader) =>
      ok(await archive.api.getSource({ id: first!.id })).note;
    expect(await titles(reader)).toContain('Minutes 3');
    expect(await note(reader)).toBe('check the vote count');
    await syncOnce(a.state);
    expect(await titles(a)).toEqual(['Minutes 1', 'Minutes 2']);
    expect(await note(a)).not.toBe('check the vote count');
    const writer = await openArchive(join(dir, 'writer'));
    await joinLibrary(writer.state, server.url, codes.code, 'Writer');
    expect(await titles(writer)).toEqual(['Minutes 1', 'Minutes 2']);

    // What writers add later still comes to the reader, its own edits still over it.
    ok(await writer.api.importFiles({ files: [report(4)] }));
    await syncOnce(writer.state);
    await syncOnce(reader.state);
    expect(await titles(reader)).toEqual(['Minutes 1', 'Minutes 2', 'Minutes 3', 'Minutes 4']);
    expect(await note(reader)).toBe('check the vote count');
    await server.close();
  });

  it('refuse, on the server, a change sent with a reader’s code; the library stays as it was', async () => {
    const { dir, server, codes } = await shared();
    const reader = await openArchive(join(dir, 'reader'));
    await joinLibrary(reader.state, server.url, codes.readerCode, 'Reader');
    const replica = (await readReplica(reader.state))!;
    // A replica that does not keep to its role: it changes the document and sends it.
    const doc = A.change(await loadDoc(reader.state, replica), (d: SyncDoc) => {
      delete d.sources[Object.keys(d.sources)[0]!];
    });
    await expect(
      exchange(syncUrl(replica.server, replica.library, replica.secret), doc),
    ).rejects.toThrow(/reader/);
    // The server still has both sources for a writer joining after.
    const writer = await openArchive(join(dir, 'writer'));
    await joinLibrary(writer.state, server.url, codes.code, 'Writer');
    expect(await titles(writer)).toEqual(['Minutes 1', 'Minutes 2']);
    await server.close();
  });

  it('replaced, are refused from then on; a writer given the new code syncs what it kept', async () => {
    const { dir, server, a, codes } = await shared();
    const writer = await openArchive(join(dir, 'writer'));
    await joinLibrary(writer.state, server.url, codes.code, 'Writer');
    const oldSecret = readShareCode(codes.code)!.secret;
    const library = readShareCode(codes.code)!.library;

    // A connection open with the old code is closed as the code is replaced.
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const open = connection(syncUrl(server.url, library, oldSecret), opened);
    await isOpen;
    const next = await replaceCode(a.state, 'writer');
    expect(await open).toEqual({ closed: 4401 });
    expect(next.writer).not.toBe(codes.code);
    expect(next.reader).toBe(codes.readerCode);
    expect(await shareCodes(a.state)).toEqual(next);

    // The writer's edit made meanwhile is refused with words that say what to do, and kept.
    ok(await writer.api.importFiles({ files: [report(5)] }));
    await expect(syncOnce(writer.state)).rejects.toThrow(/sharer has replaced it/);
    await joinLibrary(writer.state, server.url, next.writer, 'Writer');
    await syncOnce(a.state);
    expect(await titles(a)).toContain('Minutes 5');
    await server.close();
  });

  it('are replaced only by the library that shared it', async () => {
    const { dir, server, codes } = await shared();
    const { library, secret } = readShareCode(codes.code)!;
    const replace = syncUrl(server.url, library, secret, undefined, {
      replace: 'reader',
      with: digestOf('z'.repeat(32)),
    });
    expect(await connection(replace)).toEqual({ status: 401 });
    const writer = await openArchive(join(dir, 'writer'));
    await joinLibrary(writer.state, server.url, codes.code, 'Writer');
    await expect(replaceCode(writer.state, 'reader')).rejects.toThrow(
      /Only the library that shared/,
    );
    // The reader's code still works.
    const reader = await openArchive(join(dir, 'reader'));
    await joinLibrary(reader.state, server.url, codes.readerCode, 'Reader');
    expect(await titles(reader)).toEqual(['Minutes 1', 'Minutes 2']);
    await server.close();
  });

  it('of a library registered before codes had roles: its one secret is the owner’s', async () => {
    const dir = await tempDir();
    const file = join(dir, 'libraries.json');
    const id = '0b5e3c1e-7f8a-4c1a-9d3e-2a1b3c4d5e6f';
    await writeFile(file, JSON.stringify({ [id]: digestOf('s'.repeat(24)) }));
    const access = await openServerAccess(file);
    expect(access.roleOf(id, 's'.repeat(24))).toBe('owner');
    expect(access.roleOf(id, 't'.repeat(24))).toBeNull();
    await access.replace(id, 'reader', digestOf('r'.repeat(24)));
    expect(access.roleOf(id, 'r'.repeat(24))).toBe('reader');
    expect(JSON.parse(await readFile(file, 'utf8'))[id].codes).toBeDefined();
  });

  it('are printed by the CLI: both at share, again with sync codes', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    const library = join(dir, 'lib');
    const share = await dossier(['sync', 'share', server.shareUrl, '--library', library]);
    expect(share.code, share.err).toBe(0);
    const writerCode = /share code for writers: (\S+)/.exec(share.out)?.[1];
    const readerCode = /share code for readers: (\S+)/.exec(share.out)?.[1];
    expect(readShareCode(writerCode ?? '')?.role).toBe('writer');
    expect(readShareCode(readerCode ?? '')?.role).toBe('reader');
    const again = await dossier(['sync', 'codes', '--json', '--library', library]);
    expect(JSON.parse(again.out)).toEqual({ writer: writerCode, reader: readerCode });
    await server.close();
  });
});
