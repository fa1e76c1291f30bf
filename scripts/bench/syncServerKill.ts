// npm run bench -- sync-server-kill [--seeds N]: a replica makes a change, is told the server has
// it, and the server is killed (SIGKILL) at that moment; then the server's storage is read back.
// Dossier's server stores a change before it answers; automerge-repo's Repo answers first and
// stores on a timer (saveDebounceRate). What a writer was told arrived must survive (issue 26).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as A from '@automerge/automerge';
import { Repo, type DocHandle, type PeerId, type StorageId } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import { exchange } from '../../electron/main/sync/syncExchange';
import { splitServer, syncUrl } from '../../electron/main/sync/syncProtocol';
import type { SyncDoc } from '../../shared/sync/syncShape';
import { figure } from './figures';

const TRIALS = Number(process.env.DOSSIER_KILL_TRIALS ?? 20);
const child = join(import.meta.dirname, 'syncServerChild.ts');

interface Running {
  process: ChildProcess;
  url: string;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function start(
  kind: 'dossier' | 'repo' | 'repo-now',
  dataDir: string,
  port: number,
): Promise<Running> {
  const server = spawn(process.execPath, ['--import', 'tsx', child, kind, dataDir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: server.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => line.startsWith('ready ') && resolve(line.slice(6)));
    server.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
  return { process: server, url };
}

const killed = (running: Running) =>
  new Promise<void>((resolve) => {
    running.process.once('exit', () => resolve());
    running.process.kill('SIGKILL');
  });

const sameHeads = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((h) => b.includes(h));

/** Waits for a state, checking as often as the event loop allows, up to a limit. */
async function until(done: () => boolean, limitMs: number): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (!done()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return true;
}

const shape = () => ({ format: 'dossier-sync-1', sources: {} }) as unknown as SyncDoc;
const edit = (doc: A.Doc<SyncDoc>, n: number) =>
  A.change(doc, (d) => {
    (d.sources as unknown as Record<string, unknown>)[`s${n}`] = { title: `Report ${n}` };
  });

/** Dossier's server: a change acknowledged by the end of a round, then the server killed. */
async function dossierTrial(dir: string, n: number): Promise<boolean> {
  const dataDir = join(dir, `dossier-${n}`);
  const server = await start('dossier', dataDir, await freePort());
  const { server: address, register } = splitServer(server.url);
  const library = randomUUID();
  const secret = `secret-${randomUUID()}`;
  const first = await exchange(
    syncUrl(address, library, secret, register),
    A.from(shape() as never) as A.Doc<SyncDoc>,
  );
  const changed = edit(first, n);
  await exchange(syncUrl(address, library, secret), changed);
  await killed(server);
  const stored = A.load<SyncDoc>(
    new Uint8Array(await readFile(join(dataDir, `${library}.automerge`))),
  );
  return sameHeads(A.getHeads(stored), A.getHeads(changed));
}

/** The document as the server's folder holds it: every snapshot and change chunk NodeFS stored. */
async function storedHeads(dataDir: string, handle: DocHandle<SyncDoc>): Promise<string[]> {
  const chunks = await new NodeFSStorageAdapter(dataDir).loadRange([handle.documentId]);
  let doc = A.init<SyncDoc>();
  for (const chunk of chunks)
    if (chunk.data && (chunk.key[1] === 'snapshot' || chunk.key[1] === 'incremental'))
      doc = A.loadIncremental(doc, chunk.data);
  return A.getHeads(doc);
}

/** Whether the server's folder comes to hold these heads within the limit (read as it writes). */
async function stored(
  dataDir: string,
  handle: DocHandle<SyncDoc>,
  heads: string[],
  limitMs: number,
): Promise<boolean> {
  const end = Date.now() + limitMs;
  for (;;) {
    const now = await storedHeads(dataDir, handle).catch(() => []);
    if (sameHeads(now, heads)) return true;
    if (Date.now() > end) return false;
  }
}

/**
 * automerge-repo: a change acknowledged when the replica's Repo records the server's heads as
 * its own (getSyncInfo, what the Repo knows the server has), then the server killed. Then the
 * server is started again on its folder, and the replica given time to send it again.
 */
async function repoTrial(
  dir: string,
  n: number,
  kind: 'repo' | 'repo-now',
): Promise<{ kept: boolean; healed: boolean }> {
  const dataDir = join(dir, `${kind}-server-${n}`);
  const port = await freePort();
  let server = await start(kind, dataDir, port);
  const replica = new Repo({
    network: [new WebSocketClientAdapter(server.url, 100)],
    storage: new NodeFSStorageAdapter(join(dir, `${kind}-replica-${n}`)),
    peerId: `replica-${n}` as PeerId,
  });
  try {
    const handle = replica.create<SyncDoc>(shape());
    const serverStorage = () =>
      replica.peerMetadataByPeerId['server' as PeerId]?.storageId as StorageId | undefined;
    const acknowledged = () => {
      const id = serverStorage();
      const theirs = id ? handle.getSyncInfo(id)?.lastHeads : undefined;
      return theirs !== undefined && sameHeads(theirs, handle.heads());
    };
    if (!(await until(acknowledged, 20_000))) throw new Error('the server never took the document');
    // The document as first made is on the server's disk before the change is made: only the
    // change is at stake.
    const first = A.getHeads(handle.doc());
    if (!(await stored(dataDir, handle, first, 20_000)))
      throw new Error('the server never stored the document');
    handle.change((d) => {
      (d.sources as unknown as Record<string, unknown>)[`s${n}`] = { title: `Report ${n}` };
    });
    const wanted = A.getHeads(handle.doc());
    if (!(await until(acknowledged, 20_000))) throw new Error('the server never took the change');
    await killed(server);
    const kept = sameHeads(await storedHeads(dataDir, handle), wanted);
    // The replica still holds the change: does it send it again once the server is back?
    server = await start(kind, dataDir, port);
    const healed = await stored(dataDir, handle, wanted, 5_000);
    return { kept, healed };
  } finally {
    await replica.shutdown();
    server.process.kill('SIGKILL');
  }
}

const dir = await mkdtemp(join(tmpdir(), 'dossier-server-kill-'));
try {
  let dossierKept = 0;
  const repo = { repo: { kept: 0, healed: 0 }, 'repo-now': { kept: 0, healed: 0 } };
  for (let n = 0; n < TRIALS; n++) {
    if (await dossierTrial(dir, n)) dossierKept++;
    for (const kind of ['repo', 'repo-now'] as const) {
      const trial = await repoTrial(dir, n, kind);
      if (trial.kept) repo[kind].kept++;
      if (trial.healed) repo[kind].healed++;
    }
  }
  console.log(
    `\nA change the replica was told the server has, the server then killed (${TRIALS} trials):`,
  );
  console.log(
    `  Dossier's server: on its disk ${figure('sync-server-kill', "Dossier's server kept", dossierKept, 'changes')} of ${TRIALS}`,
  );
  for (const [kind, label] of [
    ['repo', 'automerge-repo (Repo, NodeFS storage, saveDebounceRate as shipped, 100 ms)'],
    ['repo-now', 'automerge-repo with saveDebounceRate 0'],
  ] as const)
    console.log(
      `  ${label}: on its disk ${figure('sync-server-kill', `${kind} kept`, repo[kind].kept, 'changes')} of ${TRIALS}; within 5 s of the server started again, the replica still connected, ${figure('sync-server-kill', `${kind} healed`, repo[kind].healed, 'changes')} of ${TRIALS}`,
    );
} finally {
  await rm(dir, { recursive: true, force: true });
}
