import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { openArchive, type Archive } from '../../electron/main/archive/archiveService';
import { startSyncServer, type SyncServer } from '../../electron/main/sync/syncServer';
import { joinLibrary, shareLibrary, syncOnce } from '../../electron/main/sync/syncReplica';
import { resolveConflict, syncConflicts } from '../../electron/main/sync/syncConflicts';
import { loadDoc } from '../../electron/main/sync/replicaDoc';
import { readReplica } from '../../electron/main/sync/replicaFiles';
import {
  armFaultPoint,
  FaultPointReached,
  type FaultPoint,
} from '../../electron/main/library/faultPoints';
import { danglingReferences } from '../../shared/model/danglingReferences';
import { structuralConflicts } from '../../shared/sync/syncChanges';
import type { LibraryDocument } from '../../shared/model/libraryDocument';

/** A small seeded generator (mulberry32): the same seed gives the same schedule. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)],
  };
}

const ROUND_POINTS = ['sync-before-library', 'sync-between-library-and-document'] as const;

const WORDS = ['harbour', 'strike', 'ferry', 'council', 'flood', 'market', 'union', 'mayor'];

interface Replica {
  dir: string;
  archive: Archive;
}

/**
 * One seeded run: replicas and a server on 127.0.0.1, a random schedule of imports (some whose
 * citation keys collide), tags, theme renames, creations and deletions, title edits, conflict
 * settlements, syncs, replicas killed in the middle of a join or a round, and restarts of
 * replicas and of the server. At the end every replica syncs
 * until quiet, and the invariants are checked. Answers what broke, in words; empty when none.
 */
export async function syncFuzz(seed: number, { replicas = 3, steps = 40 } = {}): Promise<string[]> {
  const rand = random(seed);
  const root = await mkdtemp(join(tmpdir(), `dossier-fuzz-${seed}-`));
  let server: SyncServer = await startSyncServer({ dataDir: join(root, 'server') });
  const port = Number(new URL(server.url).port);
  const all: Replica[] = [];
  const createdHighlights = new Set<string>();
  const importedSources = new Set<string>();
  const problems: string[] = [];
  let imports = 0;
  try {
    for (let i = 0; i < replicas; i++) {
      const dir = join(root, `r${i}`);
      all.push({ dir, archive: await openArchive(dir) });
    }
    const [first] = all;
    await importText(first!.archive, rand, imports++, importedSources);
    const { code } = await shareLibrary(first!.archive.state, server.shareUrl, 'W0');
    for (const [i, r] of all.entries()) {
      if (i === 0) continue;
      // Some joins are killed on the way; opened again, the same join finishes them.
      if (rand.next() < 0.3) {
        await killedAt(rand.pick(ROUND_POINTS)!, r, () =>
          joinLibrary(r.archive.state, server.url, code, `W${i}`),
        );
        if (await readReplica(r.archive.state)) continue;
      }
      await joinLibrary(r.archive.state, server.url, code, `W${i}`);
    }

    for (let step = 0; step < steps; step++) {
      const r = rand.pick(all)!;
      const api = r.archive.api;
      const doc = r.archive.state.store.doc;
      const roll = rand.next();
      try {
        if (roll < 0.15) await importText(r.archive, rand, imports++, importedSources);
        else if (roll < 0.35) {
          const source = rand.pick(doc.sources.filter((s) => s.passages.length));
          const theme = rand.pick(doc.themes);
          const passage = source && rand.pick(source.passages);
          if (source && theme && passage) {
            const made = await api.createHighlight({
              sourceId: source.id,
              start: passage.start,
              end: Math.min(passage.end, passage.start + 12),
              themeIds: [theme.id],
            });
            if (made.ok) createdHighlights.add(made.value.id);
          }
        } else if (roll < 0.45) {
          const theme = rand.pick(doc.themes);
          if (theme)
            await api.updateTheme({ id: theme.id, name: `${rand.pick(WORDS)} ${rand.int(99)}` });
        } else if (roll < 0.52) {
          await api.createTheme({ name: `${rand.pick(WORDS)} theme ${rand.int(999)}` });
        } else if (roll < 0.6) {
          const theme = rand.pick(doc.themes);
          if (theme && doc.themes.length > 2) {
            // Deleting a theme deletes the highlights this writer sees that had no other theme:
            // those are the writer's own deletion, not a loss.
            const before = new Set(doc.highlights.map((h) => h.id));
            await api.deleteTheme({ id: theme.id });
            const after = new Set(r.archive.state.store.doc.highlights.map((h) => h.id));
            for (const id of before) if (!after.has(id)) createdHighlights.delete(id);
          }
        } else if (roll < 0.68) {
          const source = rand.pick(doc.sources);
          if (source)
            await api.setSourceMetadata({
              sourceId: source.id,
              metadata: { ...source.metadata, title: `${rand.pick(WORDS)} report ${rand.int(99)}` },
            });
        } else if (roll < 0.73) {
          const conflicts = await syncConflicts(r.archive.state);
          const conflict = rand.pick(conflicts);
          if (conflict)
            await resolveConflict(
              r.archive.state,
              conflicts.indexOf(conflict),
              rand.int(conflict.values.length),
            );
        } else if (roll < 0.9) await syncOnce(r.archive.state);
        else if (roll < 0.93) {
          // Killed in the middle of a round, then opened again: what it sent or wrote stands.
          await killedAt(rand.pick(ROUND_POINTS)!, r, () => syncOnce(r.archive.state));
        } else if (roll < 0.97) {
          // A writer closes the app and opens it again.
          await r.archive.close();
          r.archive = await openArchive(r.dir);
        } else {
          await server.close();
          server = await startSyncServer({ dataDir: join(root, 'server'), port });
        }
      } catch (error) {
        problems.push(`seed ${seed} step ${step}: ${(error as Error).message}`);
      }
    }

    // Quiet: each replica syncs until a full pass brings nothing new.
    for (let pass = 0; pass < 4; pass++) for (const r of all) await syncOnce(r.archive.state);
    problems.push(...(await invariants(seed, all, createdHighlights, importedSources)));
  } finally {
    for (const r of all) await r.archive.close().catch(() => undefined);
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
  return problems;
}

/** Runs `work` on a replica killed at `point`, then opens the replica again as a restart would. */
async function killedAt(point: FaultPoint, r: Replica, work: () => Promise<unknown>) {
  armFaultPoint(point);
  try {
    await work();
  } catch (error) {
    if (!(error instanceof FaultPointReached)) throw error;
  } finally {
    armFaultPoint(null);
  }
  await r.archive.close();
  r.archive = await openArchive(r.dir);
}

async function importText(
  archive: Archive,
  rand: ReturnType<typeof random>,
  n: number,
  imported: Set<string>,
): Promise<void> {
  const word = rand.pick(WORDS)!;
  // Half the imports share an author, a year and a first title word: their keys collide.
  const collide = rand.next() < 0.5;
  const title = collide ? `Protest ${word} ${n}` : `${word} notes ${n}`;
  const text = `${title}\n\nThe ${word} committee met on day ${n} about the ${rand.pick(WORDS)}.\n\nIt met again on day ${n + 1}.\n`;
  const files = [{ name: `f${n}.txt`, dataBase64: Buffer.from(text).toString('base64') }];
  if (collide)
    files.push({
      name: `f${n}.csl.json`,
      dataBase64: Buffer.from(
        JSON.stringify({
          title,
          author: [{ family: 'Smith' }],
          issued: { 'date-parts': [[2022]] },
        }),
      ).toString('base64'),
    });
  const result = await archive.api.importFiles({ files });
  if (result.ok)
    for (const r of result.value.results) if (r.status === 'imported') imported.add(r.source.id);
}

/** What every replica must agree on once quiet. */
async function invariants(
  seed: number,
  all: Replica[],
  highlights: Set<string>,
  sources: Set<string>,
): Promise<string[]> {
  const problems: string[] = [];
  const say = (text: string) => problems.push(`seed ${seed}: ${text}`);
  const view = (doc: LibraryDocument) =>
    JSON.stringify({
      sources: doc.sources.map((s) => [s.id, s.title, s.metadata['citation-key']]),
      themes: doc.themes.map((t) => [t.id, t.name, t.parentId]),
      highlights: doc.highlights.map((h) => [h.id, h.sourceId, h.themeIds]),
    });
  const first = all[0]!.archive.state.store.doc;
  for (const [i, r] of all.entries()) {
    const doc = r.archive.state.store.doc;
    if (view(doc) !== view(first)) say(`replica ${i} differs from replica 0`);
    for (const d of danglingReferences(doc))
      say(`replica ${i}: ${d.holder} ${d.holderId} names ${d.names} ${d.missingId}, which is gone`);
    const keys = doc.sources.map((s) => String(s.metadata['citation-key']).toLowerCase());
    const repeated = keys.filter((k, j) => keys.indexOf(k) !== j);
    if (repeated.length) say(`replica ${i}: citation keys used twice: ${repeated.join(', ')}`);
    const ids = new Set(doc.highlights.map((h) => h.id));
    for (const id of highlights) if (id && !ids.has(id)) say(`replica ${i}: highlight ${id} lost`);
    const sourceIds = new Set(doc.sources.map((s) => s.id));
    for (const id of sources) if (!sourceIds.has(id)) say(`replica ${i}: source ${id} lost`);
    const conflicts = await syncConflicts(r.archive.state);
    const places = conflicts.map((c) => `${c.collection} ${c.id} ${c.field}`);
    if (new Set(places).size !== places.length) say(`replica ${i}: a conflict listed twice`);
    const replica = await readReplica(r.archive.state);
    if (replica) {
      const shared = await loadDoc(r.archive.state, replica);
      for (const s of structuralConflicts(shared)) say(`replica ${i}: ${s}`);
    }
  }
  return problems;
}
