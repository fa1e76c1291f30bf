import { join } from 'node:path';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { joinLibrary, shareLibrary } from '../../electron/main/sync/syncReplica';
import { ok } from './apiCalls';
import { openArchive, tempDir } from './tempLibrary';

/** Ana's library of one text, shared through a sync server on 127.0.0.1; Ben's, joined to it. */
export async function sharedPair(text: string) {
  const dir = await tempDir();
  const server = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  ok(
    await a.api.importFiles({
      files: [{ name: 'report.txt', dataBase64: Buffer.from(text).toString('base64') }],
    }),
  );
  const [source] = ok(await a.api.listSources({}));
  const { code } = await shareLibrary(a.state, server.shareUrl, 'Ana');
  const b = await openArchive(join(dir, 'b'));
  await joinLibrary(b.state, server.url, code, 'Ben');
  return { dir, server, a, b, source: source!, code };
}
