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
});
