// npm run bench -- automerge-repo: the same shared document of a 1,000-source library brought to
// a new replica by Dossier's own exchange and by automerge-repo (a Repo with the NodeFS storage
// and WebSocket network adapters, as issue 26 asks to weigh), timed on the same machine and run.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as A from '@automerge/automerge';
import { Repo, type PeerId } from '@automerge/automerge-repo';
import {
  WebSocketClientAdapter,
  WebSocketServerAdapter,
} from '@automerge/automerge-repo-network-websocket';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import { WebSocketServer } from 'ws';
import { openArchive } from '../../electron/main/archive/archiveService';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { shareLibrary } from '../../electron/main/sync/syncReplica';
import { readShareCode, syncUrl } from '../../electron/main/sync/syncProtocol';
import { exchange } from '../../electron/main/sync/syncExchange';
import type { SyncDoc } from '../../shared/sync/syncShape';
import { figure } from './figures';
import { syntheticArticle } from './syntheticArticles';

const SOURCES = 1000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const dir = await mkdtemp(join(tmpdir(), 'dossier-repo-bench-'));
try {
  // The shared document as Dossier makes it, of generated articles.
  const server = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  for (let i = 0; i < SOURCES; i += 50) {
    const files = Array.from({ length: Math.min(50, SOURCES - i) }, (_, k) => ({
      name: `report-${i + k}.txt`,
      dataBase64: Buffer.from(syntheticArticle(i + k)).toString('base64'),
    }));
    await a.api.importFiles({ files });
  }
  const { code } = await shareLibrary(a.state, server.shareUrl, 'A');
  await a.close();
  const { library, secret } = readShareCode(code)!;
  const bytes = await readFile(join(dir, 'server', `${library}.automerge`));

  // Dossier's exchange: a blank document brought to the server's.
  let start = performance.now();
  const ours = await exchange(syncUrl(server.url, library, secret), A.init<SyncDoc>());
  const oursTook = performance.now() - start;
  const sources = Object.keys(ours.sources).length;
  await server.close();

  // automerge-repo: a server Repo, a Repo that holds the document, and a new one that finds it.
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const port = (wss.address() as { port: number }).port;
  const serverRepo = new Repo({
    network: [new WebSocketServerAdapter(wss as never)],
    storage: new NodeFSStorageAdapter(join(dir, 'repo-server')),
    peerId: 'server' as PeerId,
    sharePolicy: async () => false,
  });
  const holder = new Repo({
    network: [new WebSocketClientAdapter(`ws://127.0.0.1:${port}`)],
    storage: new NodeFSStorageAdapter(join(dir, 'repo-a')),
    peerId: 'holder' as PeerId,
  });
  const held = holder.import<SyncDoc>(new Uint8Array(bytes));
  const heads = A.getHeads(held.doc()).join();
  // The server has it once its copy's heads are the holder's.
  start = performance.now();
  for (;;) {
    const there = await serverRepo.find<SyncDoc>(held.url).catch(() => null);
    if (there && A.getHeads(there.doc()).join() === heads) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const pushTook = performance.now() - start;
  start = performance.now();
  const joiner = new Repo({
    network: [new WebSocketClientAdapter(`ws://127.0.0.1:${port}`)],
    storage: new NodeFSStorageAdapter(join(dir, 'repo-b')),
    peerId: 'joiner' as PeerId,
  });
  const found = await joiner.find<SyncDoc>(held.url);
  while (A.getHeads(found.doc()).join() !== heads)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const repoTook = performance.now() - start;
  const repoSources = Object.keys(found.doc().sources).length;
  for (const repo of [joiner, holder, serverRepo]) await repo.shutdown();
  wss.close();

  console.log(
    `\nThe shared document of a ${SOURCES}-source library (${kb(bytes.length)} saved), brought to a new replica:`,
  );
  console.log(
    `  Dossier's exchange: ${seconds(figure('automerge-repo', "Dossier's exchange", oursTook, 'ms'))}, ${sources} sources`,
  );
  console.log(
    `  automerge-repo (Repo, NodeFS storage, WebSocket adapters): ${seconds(figure('automerge-repo', 'automerge-repo find', repoTook, 'ms'))}, ${repoSources} sources; its server took the document in ${seconds(pushTook)}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
