// A record from the server that fails this library's checks is set aside here, and only here:
// the next round must not take its absence for the writer's deletion and delete it for everyone.
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { syncOnce } from '../../electron/main/sync/syncReplica';
import { loadDoc, saveDoc } from '../../electron/main/sync/replicaDoc';
import { readReplica } from '../../electron/main/sync/replicaFiles';
import { exchange } from '../../electron/main/sync/syncExchange';
import { syncUrl } from '../../electron/main/sync/syncProtocol';
import type { SyncDoc } from '../../shared/sync/syncShape';
import { tagQuote } from '../helpers/tagQuote';
import { sharedPair } from '../helpers/sharedPair';
import { ok } from '../helpers/apiCalls';

describe('a record this library sets aside', () => {
  it('stays in the shared library when this writer syncs again', async () => {
    const { server, a, b, source } = await sharedPair(
      'Tram depot\n\nDrivers walked out at noon.\n\nThe depot stayed shut.\n',
    );

    // A record this version cannot read (as a newer Dossier's could be), sent by Ben's replica.
    const replica = (await readReplica(b.state))!;
    const url = syncUrl(replica.server, replica.library, replica.secret);
    const odd = A.change(await loadDoc(b.state, replica), (d: SyncDoc) => {
      d.highlights.hodd = { id: 'hodd', sourceId: source.id, themeIds: 'labour' };
    });
    await saveDoc(b.state, await exchange(url, odd));

    const first = await syncOnce(a.state);
    expect(first.setAside.join(' ')).toContain('hodd');
    // Ana works on and syncs: the record she could not read is not hers to delete.
    await tagQuote(a.api, source.id, 'Drivers walked out', 'labour');
    const second = await syncOnce(a.state);
    expect(second.went.removed.highlights).toBe(0);
    const onServer = await exchange(url, A.init<SyncDoc>());
    expect(onServer.highlights.hodd).toBeDefined();
    await server.close();
  });

  it('is never written into the library by settling a conflict with its value', async () => {
    const { server, a, b, source } = await sharedPair(
      'Tram depot\n\nDrivers walked out at noon.\n\nThe depot stayed shut.\n',
    );
    await tagQuote(a.api, source.id, 'Drivers walked out', 'labour', 'first note');
    await syncOnce(a.state);
    await syncOnce(b.state);
    const [highlight] = ok(await a.api.getSource({ id: source.id })).highlights;
    // Ana edits the note; at the same time Ben's replica (as a broken or newer Dossier might)
    // writes a number where the note goes.
    ok(await a.api.updateHighlight({ id: highlight!.id, note: 'the walkout' }));
    const replica = (await readReplica(b.state))!;
    const url = syncUrl(replica.server, replica.library, replica.secret);
    const odd = A.change(await loadDoc(b.state, replica), (d: SyncDoc) => {
      d.highlights[highlight!.id]!.note = 42;
    });
    await saveDoc(b.state, await exchange(url, odd));
    await syncOnce(a.state);

    const [conflict] = ok(await a.api.syncConflicts({}));
    expect(conflict?.field).toBe('note');
    const broken = conflict!.values.indexOf(42);
    expect(broken).toBeGreaterThanOrEqual(0);
    const settled = await a.api.resolveSyncConflict({ index: 0, choice: broken });
    expect(settled.ok).toBe(false);
    expect(!settled.ok && settled.error.message).toMatch(/That value cannot be kept: note: /);
    // Refused, nothing changed: whichever value the merge shows, the library holds no note
    // that is not text, and the conflict is still there to settle with the other value.
    const notes = ok(await a.api.getSource({ id: source.id })).highlights.map((h) => h.note);
    expect(notes.every((note) => typeof note === 'string')).toBe(true);
    expect(ok(await a.api.syncConflicts({}))).toHaveLength(1);
    await server.close();
  });
});
