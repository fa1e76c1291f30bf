import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { ArchiveError } from '../../../shared/api/errors';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import { writeOnce } from '../library/blobStore';
import type { ArchiveState } from '../archive/archiveState';
import { errorWords } from '../../../shared/api/errorWords';

/**
 * Where a shared library keeps its side of sync (sync/replica.json: how to reach the server and
 * who this writer is; sync/replica.automerge: the shared document as last agreed), and the
 * library's own files as they travel. Nothing here loads Automerge: the window asks whether a
 * library is shared without paying for it.
 */

const replicaSchema = z.strictObject({
  server: z.string(),
  library: z.string(),
  secret: z.string(),
  writer: z.strictObject({ key: z.string().check(z.regex(/^[0-9a-f]{32}$/)), name: z.string() }),
  /**
   * 'sharer' for the replica that shared the library: the only one that may create the shared
   * document's top level. 'reader' for one that joined with a reader's code: it sends nothing.
   * Replicas written before roles existed are joiners.
   */
  role: z.optional(z.enum(['sharer', 'joiner', 'reader'])),
  /**
   * The sharer's record of the codes it gave (the writer's and the reader's secrets), so
   * `dossier sync codes` can say them again; its own `secret` is the owner's and is never given.
   */
  codes: z.optional(z.strictObject({ writer: z.string(), reader: z.string() })),
  /** The server's registration token, kept only until the first round has registered the library. */
  register: z.optional(z.string()),
});
export type Replica = z.infer<typeof replicaSchema>;

export const replicaPaths = (state: Pick<ArchiveState, 'files'>) => {
  const dir = join(state.files.dir, 'sync');
  return {
    dir,
    replica: join(dir, 'replica.json'),
    doc: join(dir, 'replica.automerge'),
    /** A join under way: it becomes replica.json only once everything has come and is stored. */
    joining: join(dir, 'joining.json'),
    /** A round is writing the library: gone once the document it agreed is saved too. */
    pending: join(dir, 'round.pending'),
    /** What the last round left (see RoundEnd): a round that finds it so has nothing to send. */
    round: join(dir, 'round.json'),
  };
};

export async function readReplica(state: Pick<ArchiveState, 'files'>): Promise<Replica | null> {
  return readReplicaFile(replicaPaths(state).replica);
}

/** A join that was cut short, to be finished with the same share code. */
export function readJoining(state: Pick<ArchiveState, 'files'>): Promise<Replica | null> {
  return readReplicaFile(replicaPaths(state).joining);
}

async function readReplicaFile(file: string): Promise<Replica | null> {
  const raw = await readFile(file, 'utf8').catch(() => null);
  if (raw === null) return null;
  let json: unknown;
  try {
    json = parseBoundedJson(raw);
  } catch (error) {
    throw damagedSyncFile(file, (error as Error).message);
  }
  const parsed = replicaSchema.safeParse(json);
  if (!parsed.success) throw damagedSyncFile(file, parsed.error.issues[0]?.message ?? '');
  return parsed.data;
}

/**
 * The refusal for a damaged file of sync/: the library itself is not touched, and the way back
 * is to set sync/ aside and join (or share) again.
 */
export function damagedSyncFile(file: string, why: string): ArchiveError {
  return new ArchiveError(
    'LIBRARY_UNREADABLE',
    errorWords(
      '{{file}} is damaged ({{why}}). The library itself is as it was. To sync again, move the sync folder aside (for example to sync.damaged) and join again with the share code, or share the library again if you shared it.',
      { file, why },
    ),
  );
}

export async function isShared(state: Pick<ArchiveState, 'files'>): Promise<boolean> {
  return (await readReplica(state)) !== null;
}

/** A code's secret: 24 random bytes, as base64url (a share code's second part). */
export const newSecret = () => randomBytes(24).toString('base64url');

export function newWriter(name: string | undefined) {
  return { key: randomBytes(16).toString('hex'), name: name?.trim() || 'A writer' };
}

/** The names of a library's texts and originals, as they travel (HASH.txt, HASH.ext). */
export const textName = (hash: string) => `${hash}.txt`;

/** Sources' files this library has that the server may lack: those of sources new since `base`. */
export function filesToOffer(base: LibraryDocument, local: LibraryDocument): string[] {
  const known = new Set(base.sources.map((s) => s.id));
  return local.sources
    .filter((s) => !known.has(s.id))
    .flatMap((s) => [textName(s.textHash), s.original]);
}

/** Files the merged library names that this library folder lacks. */
export async function filesToFetch(
  state: Pick<ArchiveState, 'files'>,
  library: LibraryDocument,
): Promise<string[]> {
  const wanted: string[] = [];
  const has = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );
  for (const source of library.sources) {
    if (!(await has(join(state.files.texts, textName(source.textHash)))))
      wanted.push(textName(source.textHash));
    if (!(await has(join(state.files.originals, source.original)))) wanted.push(source.original);
  }
  return wanted;
}

export async function loadFile(
  state: Pick<ArchiveState, 'files'>,
  name: string,
): Promise<Uint8Array | null> {
  const dir =
    name.endsWith('.txt') && name.length === 68 ? state.files.texts : state.files.originals;
  return readFile(join(dir, name)).catch(() => null);
}

/** A file that came, already checked against its name, stored where the library keeps it. */
export async function storeFile(
  state: Pick<ArchiveState, 'files' | 'texts'>,
  name: string,
  bytes: Uint8Array,
): Promise<void> {
  if (name.endsWith('.txt') && name.length === 68) {
    const text = new TextDecoder().decode(bytes);
    state.texts.set(name.slice(0, 64), text);
    await writeOnce(state.files.texts, name, text);
  } else await writeOnce(state.files.originals, name, bytes);
}
