import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive, type Archive } from '../../electron/main/archive/archiveService';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { joinLibrary, shareLibrary, syncOnce } from '../../electron/main/sync/syncReplica';
import { figure } from './figures';
import { syntheticArticle } from './syntheticArticles';

const SOURCES = 1000;
const EDITS = 1000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

/** Highlights on passages of the library's sources, as a writer tagging would make them. */
async function tagOffline(archive: Archive, count: number, offset: number): Promise<void> {
  const sources = await archive.api.listSources({});
  if (!sources.ok) throw new Error(sources.error.message);
  for (let i = 0; i < count; i++) {
    const source = sources.value[(offset + i) % sources.value.length]!;
    const detail = await archive.api.getSource({ id: source.id });
    if (!detail.ok) throw new Error(detail.error.message);
    const passage = detail.value.passages[(offset + i) % detail.value.passages.length]!;
    const made = await archive.api.createHighlight({
      sourceId: source.id,
      start: passage.start,
      end: passage.start + Math.min(40, passage.end - passage.start),
      themeIds: [['labour', 'clans', 'casualties'][(offset + i) % 3]!],
      note: '',
    });
    if (!made.ok) throw new Error(made.error.message);
  }
}

/** A join as a writer runs it, in a process of its own: its peak resident memory, in bytes. */
async function joinPeak(url: string, code: string, library: string): Promise<number> {
  // Not spawnSync: the server answering it runs in this process.
  const joined = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn('/usr/bin/time', [
      '-f',
      'peak %M KB',
      process.execPath,
      'bin/dossier.mjs',
      'sync',
      'join',
      url,
      code,
      '--library',
      library,
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
  if (joined.status !== 0) throw new Error(`join failed: ${joined.stderr}`);
  return Number(/peak (\d+) KB/.exec(joined.stderr)?.[1] ?? 0) * 1024;
}

/** dossier sync in a process of its own, timed whole (start-up, open, round, close). */
async function cliRound(library: string): Promise<number> {
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/dossier.mjs', 'sync', '--library', library]);
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`sync ${status}`))));
  });
  return performance.now() - start;
}

async function highlightCount(archive: Archive): Promise<number> {
  return archive.state.store.doc.highlights.length;
}

const dir = await mkdtemp(join(tmpdir(), 'dossier-sync-bench-'));
try {
  const server = await startSyncServer({ dataDir: join(dir, 'server') });
  const a = await openArchive(join(dir, 'a'));
  for (let i = 0; i < SOURCES; i += 50) {
    const files = Array.from({ length: Math.min(50, SOURCES - i) }, (_, k) => ({
      name: `report-${i + k}.txt`,
      dataBase64: Buffer.from(syntheticArticle(i + k)).toString('base64'),
    }));
    await a.api.importFiles({ files });
  }
  const librarySize = await folderBytes(join(dir, 'a'));
  let start = performance.now();
  const { code } = await shareLibrary(a.state, server.shareUrl, 'A');
  const shareTook = performance.now() - start;

  start = performance.now();
  const peakBytes = await joinPeak(server.url, code, join(dir, 'b'));
  const joinTook = performance.now() - start;
  // The same join of a library with nothing in it: what Node, Automerge and Dossier's code take
  // before any of the library's content, so the difference is what the content costs.
  const empty = await openArchive(join(dir, 'empty'));
  const { code: emptyCode } = await shareLibrary(empty.state, server.shareUrl, 'E');
  await empty.close();
  const emptyPeak = await joinPeak(server.url, emptyCode, join(dir, 'empty-joined'));
  const b = await openArchive(join(dir, 'b'));
  const c = await openArchive(join(dir, 'c'));
  await joinLibrary(c.state, server.url, code, 'C');

  // 1,000 edits on each replica, made while none of them syncs.
  start = performance.now();
  for (const [i, replica] of [a, b, c].entries()) await tagOffline(replica, EDITS, i * EDITS);
  const editTook = performance.now() - start;
  const rounds: number[] = [];
  for (const replica of [a, b, c, a, b]) {
    const t = performance.now();
    await syncOnce(replica.state);
    rounds.push(performance.now() - t);
  }
  const counts = await Promise.all([a, b, c].map(highlightCount));
  const lost = 3 * EDITS - Math.min(...counts);
  // A round with nothing to send, as the window runs every few seconds, and as one CLI command.
  for (const replica of [a, b, c]) await syncOnce(replica.state);
  const quiet: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await syncOnce(a.state);
    quiet.push(performance.now() - t);
  }
  for (const archive of [a, b, c]) await archive.close();
  const quietCli = await cliRound(join(dir, 'a'));
  await server.close();

  console.log(
    `\nSync of a ${SOURCES}-source library (${(librarySize / 2 ** 20).toFixed(1)} MB on disk):`,
  );
  console.log(`  share (first push to the server): ${seconds(shareTook)}`);
  console.log(
    `  a new replica joins with every source and text (dossier sync join, a process of its own): ${seconds(figure('sync', 'join 1000 sources', joinTook, 'ms'))} (aim ≤ 60 s)`,
  );
  console.log(
    `  the joining process's peak resident memory: ${(peakBytes / 2 ** 20).toFixed(0)} MB, ${figure('sync', 'join peak memory / library size', peakBytes / librarySize, 'x').toFixed(2)}× the library (aim ≤ 2×)`,
  );
  console.log(
    `    of which the same join of an empty library takes ${(emptyPeak / 2 ** 20).toFixed(0)} MB (Node, Automerge, Dossier's code); the content adds ${((peakBytes - emptyPeak) / 2 ** 20).toFixed(0)} MB, ${figure('sync', 'join memory the content adds / library size', (peakBytes - emptyPeak) / librarySize, 'x').toFixed(2)}× the library`,
  );
  console.log(`  ${EDITS} offline edits on each of 3 replicas made in ${seconds(editTook)}`);
  console.log(
    `  one round each (A, B, C, then A and B to bring the others'): ${rounds.map(seconds).join(', ')}`,
  );
  console.log(
    `  highlights on each replica after: ${counts.join(', ')}; acknowledged edits lost: ${figure('sync', 'edits lost', lost, 'edits')}`,
  );
  const quietMedian = [...quiet].sort((x, y) => x - y)[2]!;
  console.log(
    `  a round with nothing to send: ${seconds(figure('sync', 'quiet round in-process', quietMedian, 'ms'))} in the open window (median of 5), ${seconds(figure('sync', 'quiet round CLI', quietCli, 'ms'))} as dossier sync with start-up (aim ≤ 1 s)`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
