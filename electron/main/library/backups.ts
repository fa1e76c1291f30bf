import { constants } from 'node:fs';
import {
  chmod,
  copyFile,
  mkdir,
  readdir,
  readFile,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveError } from '../../../shared/api/errors';
import { DIR_MODE, FILE_MODE } from './fileModes';
import type { LibraryFiles } from './libraryPaths';

/** The newest copies kept whatever their day, and the days each keeps its last copy of. */
const NEWEST_KEPT = 20;
const DAYS_KEPT = 30;

/**
 * Why a copy was taken: before the first change of each session that opens the library (a
 * window's, or one CLI command's), or before a step that replaces much at once.
 */
export type BackupReason = 'session' | 'restore' | 'repair' | 'sync' | 'codebook';

export interface BackupEntry {
  name: string;
  /** When the copy was taken (from its name). */
  takenAt: string;
  size: number;
}

const NAME =
  /^library-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-before-(restore|repair|sync|codebook))?\.json$/;

export function backupName(now: Date, reason: BackupReason): string {
  const at = now.toISOString().replace(/[:.]/g, '-');
  return `library-${at}${reason === 'session' ? '' : `-before-${reason}`}.json`;
}

function takenAt(name: string): string | null {
  const m = NAME.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : null;
}

export async function listBackups(files: LibraryFiles): Promise<BackupEntry[]> {
  const names = await readdir(files.backups).catch(() => [] as string[]);
  const entries: BackupEntry[] = [];
  for (const name of names.sort()) {
    const at = takenAt(name);
    if (!at) continue;
    entries.push({ name, takenAt: at, size: (await stat(join(files.backups, name))).size });
  }
  return entries;
}

/**
 * Which backups retention keeps: the newest few, the last of each recent day, and the newest
 * copy taken before a restore, however many sessions came after it (the way back from a restore).
 */
export function backupsToKeep(names: readonly string[]): Set<string> {
  const sorted = [...names].filter((n) => NAME.test(n)).sort();
  const keep = new Set(sorted.slice(-NEWEST_KEPT));
  const lastOfDay = new Map<string, string>();
  for (const name of sorted)
    lastOfDay.set(name.slice('library-'.length, 'library-'.length + 10), name);
  for (const name of [...lastOfDay.values()].slice(-DAYS_KEPT)) keep.add(name);
  const beforeRestore = sorted.filter((n) => n.endsWith('-before-restore.json')).at(-1);
  if (beforeRestore) keep.add(beforeRestore);
  return keep;
}

/**
 * Keeps the library (as JSON, a file any tool reads) in backups/ before a session first changes
 * it, or before a step named by its reason; answers the copy's name. A session's copy that would
 * repeat the newest is not taken again.
 */
export async function takeBackup(
  files: LibraryFiles,
  now: Date,
  reason: BackupReason,
  library: string | Buffer,
): Promise<string> {
  const current = typeof library === 'string' ? Buffer.from(library) : library;
  await mkdir(files.backups, { recursive: true, mode: DIR_MODE });
  const kept = (await listBackups(files)).map((b) => b.name);
  const newest = kept.at(-1);
  // Sizes first: reading a large newest copy only when it may be the same.
  if (reason === 'session' && newest) {
    const size = (await stat(join(files.backups, newest))).size;
    if (size === current.length && (await readFile(join(files.backups, newest))).equals(current))
      return newest;
  }
  // Two copies within one millisecond (quick commands) take the next free name, never overwrite.
  let name = backupName(now, reason);
  for (let later = 1; ; later++) {
    try {
      await writeFile(join(files.backups, name), current, { flag: 'wx', mode: FILE_MODE });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || later > 1000) throw error;
      name = backupName(new Date(now.getTime() + later), reason);
    }
  }
  await chmod(join(files.backups, name), FILE_MODE);
  const keep = backupsToKeep([...kept, name]);
  for (const old of [...kept, name]) if (!keep.has(old)) await unlink(join(files.backups, old));
  return name;
}

/**
 * Keeps a copy of each text in backups/texts/ (named by content, written once): a text split
 * from its page (a reader comment) or read with the writer's choices cannot be made again from
 * an original, and a restored library.json needs its texts.
 */
export async function mirrorTexts(files: LibraryFiles, hashes: Iterable<string>): Promise<void> {
  const have = new Set(await readdir(join(files.backups, 'texts')).catch(() => [] as string[]));
  await mirrorNewTexts(
    files,
    [...new Set(hashes)].filter((hash) => !have.has(`${hash}.txt`)),
  );
}

/**
 * Copies the texts a change brought into backups/texts/ at once, whether or not this session
 * took a copy of the library: a reader comment's text exists nowhere else.
 */
export async function mirrorNewTexts(files: LibraryFiles, hashes: Iterable<string>): Promise<void> {
  const wanted = [...new Set(hashes)];
  if (wanted.length === 0) return;
  const dir = join(files.backups, 'texts');
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  for (const hash of wanted) {
    const target = join(dir, `${hash}.txt`);
    try {
      await copyFile(join(files.texts, `${hash}.txt`), target, constants.COPYFILE_EXCL);
      await chmod(target, FILE_MODE);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Already kept (texts are named by their content), or missing: check reports that.
      if (code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
  }
}

/** A text's backup copy, or null. */
export function backedUpText(files: LibraryFiles, hash: string): Promise<Buffer | null> {
  return readFile(join(files.backups, 'texts', `${hash}.txt`)).catch(() => null);
}

/** The bytes of one backup, named as `listBackups` names it. */
export async function readBackup(files: LibraryFiles, name: string): Promise<Buffer> {
  if (!NAME.test(name))
    throw new ArchiveError(
      'NOT_FOUND',
      `${name} is not a backup's name (see dossier restore --list).`,
    );
  return readFile(join(files.backups, name)).catch(() => {
    throw new ArchiveError('NOT_FOUND', `There is no backup ${name} in ${files.backups}.`);
  });
}
