// A sync round cut short between writing the merged library and saving its copy of the shared
// document (a kill, a power cut) must not make this writer re-send what others wrote as their
// own: the next round finds those records already on the server and sends only real edits.
import { join } from 'node:path';
import * as A from '@automerge/automerge';
import { afterEach, describe, expect, it } from 'vitest';
import { syncOnce } from '../../electron/main/sync/syncReplica';
import { loadDoc } from '../../electron/main/sync/replicaDoc';
import { readReplica } from '../../electron/main/sync/replicaFiles';
import { armFaultPoint } from '../../electron/main/library/faultPoints';
import { ok } from '../helpers/apiCalls';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive } from '../helpers/tempLibrary';
import { sharedPair } from '../helpers/sharedPair';

afterEach(() => armFaultPoint(null));

describe('a sync round cut short between the library and the document', () => {
  it('leaves others’ highlights theirs, sends the writer’s own edits, and splits nothing', async () => {
    const {
      dir,
      server,
      a,
      source,
      b: joined,
    } = await sharedPair(
      'Ferry inquiry\n\nThe ferry left without lights.\n\nThe captain had no licence.\n',
    );
    let b = joined;

    // Ana tags; Ben's round brings it and is killed before it saves its document.
    await tagQuote(a.api, source!.id, 'The ferry left', 'labour');
    await syncOnce(a.state);
    armFaultPoint('sync-between-library-and-document');
    await expect(syncOnce(b.state)).rejects.toThrow(/stopped at/);
    await b.close();
    b = await openArchive(join(dir, 'b'));
    const [hers] = ok(await b.api.getSource({ id: source!.id })).highlights;
    expect(hers).toBeDefined();

    // Ben tags too, then syncs: his tag goes, Ana's stays hers, and no record is made twice.
    await tagQuote(b.api, source!.id, 'The captain', 'labour');
    const round = await syncOnce(b.state);
    expect(round.went.added.highlights).toBe(1);
    await syncOnce(a.state);
    const ana = (await readReplica(a.state))!.writer.key;
    const atAna = ok(await a.api.getSource({ id: source!.id })).highlights;
    expect(atAna).toHaveLength(2);
    expect(atAna.find((h) => h.id === hers!.id)!.writer).toBe(ana);
    expect(atAna.find((h) => h.id === hers!.id)!.signature).toBe('verified');
    const doc = await loadDoc(a.state, (await readReplica(a.state))!);
    expect(A.getConflicts(doc.highlights, hers!.id)).toBeUndefined();
    await server.close();
  });

  it('after sending, does not make the writer’s changes again under the same numbers', async () => {
    const {
      dir,
      server,
      a,
      source,
      b: joined,
    } = await sharedPair('Mine closure\n\nThe pit closed in March.\n\nThree hundred jobs went.\n');
    let b = joined;

    // Ben's tag reaches the server; the round is killed before it writes anything here.
    await tagQuote(b.api, source!.id, 'The pit closed', 'labour');
    armFaultPoint('sync-before-library');
    await expect(syncOnce(b.state)).rejects.toThrow(/stopped at/);
    await b.close();
    b = await openArchive(join(dir, 'b'));
    await tagQuote(b.api, source!.id, 'Three hundred jobs', 'labour');
    await syncOnce(b.state);
    await syncOnce(a.state);
    const quotes = ok(await a.api.getSource({ id: source!.id }))
      .highlights.map((h) => h.quote)
      .sort();
    expect(quotes).toEqual(['The pit closed', 'Three hundred jobs']);
    await server.close();
  });
});
