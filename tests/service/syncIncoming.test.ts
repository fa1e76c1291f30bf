// A sync round that takes anything out of a library (another writer deleted a highlight, a
// theme, a source) says what went, keeps a backup of the library as it was — the writer's
// latest edits with it — and is one step the window can undo.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import {
  INCOMING_ROUND,
  joinLibrary,
  shareLibrary,
  syncOnce,
} from '../../electron/main/sync/syncReplica';
import { ok } from '../helpers/apiCalls';
import { dossier } from '../helpers/runDossier';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const file = (name: string, text: string) => ({
  name,
  dataBase64: Buffer.from(text).toString('base64'),
});

async function twoWriters() {
  const dir = await tempDir();
  const server = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  ok(
    await a.api.importFiles({
      files: [
        file(
          'harbour.txt',
          'Harbour strike\n\nDockers stopped work at dawn.\n\nThe port authority called it unlawful.\n',
        ),
      ],
    }),
  );
  const [source] = ok(await a.api.listSources({}));
  await tagQuote(a.api, source!.id, 'Dockers stopped work', 'labour');
  const { code } = await shareLibrary(a.state, server.shareUrl, 'Ana');
  const b = await openArchive(join(dir, 'b'));
  await joinLibrary(b.state, server.url, code, 'Ben');
  return { dir, server, a, b, sourceId: source!.id };
}

const highlightsOf = async (archive: Awaited<ReturnType<typeof openArchive>>, id: string) =>
  ok(await archive.api.getSource({ id })).highlights.map((h) => h.id);

describe('a sync round that takes something out of the library', () => {
  it('names what went, backs up the library as it was, and undoes as one step', async () => {
    const { server, a, b, sourceId } = await twoWriters();
    const [theirs] = ok(await a.api.getSource({ id: sourceId })).highlights;
    ok(await a.api.deleteHighlight({ id: theirs!.id }));
    await syncOnce(a.state);

    // Ben's latest tag is only in the journal when the round comes.
    await tagQuote(b.api, sourceId, 'The port authority', 'labour');
    const before = await highlightsOf(b, sourceId);
    expect(before).toHaveLength(2);
    const round = await syncOnce(b.state);
    expect(round.removed).toEqual(['1 highlight in “Harbour strike”']);
    expect(round.backup).toMatch(/-before-sync\.json$/);
    expect(await highlightsOf(b, sourceId)).toHaveLength(1);

    // The backup is the library as it was, the tag made just before the round in it.
    const kept = JSON.parse(await readFile(join(b.state.files.backups, round.backup!), 'utf8')) as {
      highlights: { id: string }[];
    };
    expect(kept.highlights.map((h) => h.id).sort()).toEqual([...before].sort());

    // One undo brings back what the round took; the next round gives it back to everyone.
    const undone = ok(await b.api.undo({}));
    expect(undone.done).toBe('the changes another writer’s sync brought');
    expect(undone.doneCommand).toEqual(INCOMING_ROUND);
    expect((await highlightsOf(b, sourceId)).sort()).toEqual([...before].sort());
    await syncOnce(b.state);
    await syncOnce(a.state);
    expect((await highlightsOf(a, sourceId)).sort()).toEqual([...before].sort());
    await server.close();
  });

  it('that only adds, or brings back the writer’s own edits, takes no backup and is no undo step', async () => {
    const { server, a, b, sourceId } = await twoWriters();
    ok(await a.api.importFiles({ files: [file('ferry.txt', 'Ferry fares\n\nFares rose.\n')] }));
    await syncOnce(a.state);
    // Ben's own tag, rename and note come back from the server signed with his key.
    await tagQuote(b.api, sourceId, 'The port authority', 'labour');
    ok(await b.api.updateTheme({ id: 'labour', name: 'work' }));
    ok(await b.api.setSourceNote({ sourceId, note: 'ask the union' }));
    const round = await syncOnce(b.state);
    expect(round.went.added.highlights).toBe(1);
    expect(round.came.added.sources).toBe(1);
    expect(round.backup).toBeUndefined();
    expect(round.removed).toBeUndefined();
    expect(b.state.history.state().undoLabel).not.toBe('the changes another writer’s sync brought');
    // Ana's next round does replace what she had (Ben's rename of her theme): a backup, nothing removed.
    const hers = await syncOnce(a.state);
    expect(hers.backup).toMatch(/-before-sync\.json$/);
    expect(hers.removed).toBeUndefined();
    await server.close();
  });

  it('is told by the CLI with the backup that takes it back', async () => {
    const { dir, server, a, b, sourceId } = await twoWriters();
    await b.close();
    const [theirs] = ok(await a.api.getSource({ id: sourceId })).highlights;
    ok(await a.api.deleteHighlight({ id: theirs!.id }));
    await syncOnce(a.state);
    const run = await dossier(['sync', '--library', join(dir, 'b')]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('removed here: 1 highlight in “Harbour strike”');
    const backup = /dossier restore (\S+)/.exec(run.out)?.[1];
    expect(backup).toMatch(/-before-sync\.json$/);
    const listed = await dossier(['restore', '--list', '--library', join(dir, 'b')]);
    expect(listed.out).toContain(backup!);
    await server.close();
  });
});
