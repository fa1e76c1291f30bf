// Highlights in a shared library are signed with their writer's Ed25519 key: a replica shows
// one as verified only when it is as that writer signed it, with the key it first saw for them.
// Anyone with a writer's code can write into the shared document; none can sign as another.
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { joinLibrary, shareLibrary, syncOnce } from '../../electron/main/sync/syncReplica';
import { loadDoc, saveDoc } from '../../electron/main/sync/replicaDoc';
import { readReplica } from '../../electron/main/sync/replicaFiles';
import { exchange } from '../../electron/main/sync/syncExchange';
import { syncUrl } from '../../electron/main/sync/syncProtocol';
import { highlightPayload } from '../../shared/sync/signedContent';
import type { SyncDoc } from '../../shared/sync/syncShape';
import { ok } from '../helpers/apiCalls';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';

type Archive = Awaited<ReturnType<typeof openArchive>>;

async function twoWriters() {
  const dir = await tempDir();
  const server = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  const text =
    'Flood inquiry\n\nThe river rose two metres overnight.\n\nThe mayor blamed the dam.\n';
  ok(
    await a.api.importFiles({
      files: [{ name: 'flood.txt', dataBase64: Buffer.from(text).toString('base64') }],
    }),
  );
  const [source] = ok(await a.api.listSources({}));
  await tagQuote(a.api, source!.id, 'The river rose', 'casualties');
  const { code } = await shareLibrary(a.state, server.shareUrl, 'Ana');
  const b = await openArchive(join(dir, 'b'));
  await joinLibrary(b.state, server.url, code, 'Ben');
  return { dir, server, a, b, sourceId: source!.id };
}

const highlights = async (archive: Archive, sourceId: string) =>
  ok(await archive.api.getSource({ id: sourceId })).highlights;

/** Ben's replica writes straight into the shared document, as a modified Dossier could. */
async function writeAsBen(b: Archive, change: (d: SyncDoc) => void) {
  const replica = (await readReplica(b.state))!;
  const doc = A.change(await loadDoc(b.state, replica), change);
  const agreed = await exchange(syncUrl(replica.server, replica.library, replica.secret), doc);
  await saveDoc(b.state, agreed);
}

describe('signed highlights', () => {
  it('arrive verified, with the writer’s key kept apart from the shared document', async () => {
    const { server, a, b, sourceId } = await twoWriters();
    const [hers] = await highlights(b, sourceId);
    expect(hers!.signature).toBe('verified');
    const ana = (await readReplica(a.state))!.writer.key;
    expect(hers!.writer).toBe(ana);
    // The private key is a file of Ana's library only, readable by her alone.
    const keyFile = join(a.state.files.dir, 'sync', 'writer.key');
    expect(await readFile(keyFile, 'utf8')).toContain('PRIVATE KEY');
    expect((await stat(keyFile)).mode & 0o077).toBe(0);
    const writers = JSON.parse(
      await readFile(join(b.state.files.dir, 'sync', 'writers.json'), 'utf8'),
    ) as Record<string, { publicKey?: string }>;
    expect(writers[ana]!.publicKey).toMatch(/^[A-Za-z0-9+/]+=*$/);
    await server.close();
  });

  it('changed by another writer through the app, are theirs and verified', async () => {
    const { server, a, b, sourceId } = await twoWriters();
    const [hers] = await highlights(b, sourceId);
    ok(await b.api.updateHighlight({ id: hers!.id, note: 'check the gauge data' }));
    await syncOnce(b.state);
    await syncOnce(a.state);
    const [now] = await highlights(a, sourceId);
    expect(now!.note).toBe('check the gauge data');
    expect(now!.writer).toBe((await readReplica(b.state))!.writer.key);
    expect(now!.signature).toBe('verified');
    await server.close();
  });

  it('changed behind the writer’s back keep her name and show as not as signed', async () => {
    const { server, a, b, sourceId } = await twoWriters();
    const [hers] = await highlights(a, sourceId);
    await writeAsBen(b, (d) => {
      d.highlights[hers!.id]!.note = 'the mayor lied';
    });
    await syncOnce(a.state);
    const [now] = await highlights(a, sourceId);
    expect(now!.note).toBe('the mayor lied');
    expect(now!.writer).toBe(hers!.writer);
    expect(now!.signature).toBe('unverified');
    await server.close();
  });

  it('signed with a key put in the writer’s place are not verified: the first key holds', async () => {
    const { server, a, b, sourceId } = await twoWriters();
    const [hers] = await highlights(a, sourceId);
    const ana = hers!.writer!;
    const forger = generateKeyPairSync('ed25519');
    const forgedKey = (forger.publicKey.export({ type: 'spki', format: 'der' }) as Buffer).toString(
      'base64',
    );
    await writeAsBen(b, (d) => {
      d.writers[ana] = { name: 'Ana', publicKey: forgedKey };
      const record = d.highlights[hers!.id]!;
      record.note = 'the mayor lied';
      const content = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
      record.sig = sign(null, Buffer.from(highlightPayload(content)), forger.privateKey).toString(
        'base64',
      );
    });
    await syncOnce(a.state);
    const [now] = await highlights(a, sourceId);
    expect(now!.note).toBe('the mayor lied');
    expect(now!.signature).toBe('unverified');
    const writers = JSON.parse(
      await readFile(join(a.state.files.dir, 'sync', 'writers.json'), 'utf8'),
    ) as Record<string, { publicKey?: string; otherKey?: string }>;
    expect(writers[ana]!.otherKey).toBe(forgedKey);
    expect(writers[ana]!.publicKey).not.toBe(forgedKey);
    await server.close();
  });

  it('of source notes too: verified as written, not as signed once changed behind its writer', async () => {
    const { server, a, b, sourceId } = await twoWriters();
    ok(await a.api.setSourceNote({ sourceId, note: 'ask the gauge keeper' }));
    await syncOnce(a.state);
    await syncOnce(b.state);
    expect(ok(await b.api.getSource({ id: sourceId })).noteSignature).toBe('verified');
    await writeAsBen(b, (d) => {
      d.sources[sourceId]!.note = 'the gauge keeper lied';
    });
    await syncOnce(a.state);
    const detail = ok(await a.api.getSource({ id: sourceId }));
    expect(detail.note).toBe('the gauge keeper lied');
    expect(detail.noteSignature).toBe('unverified');
    await server.close();
  });
});
