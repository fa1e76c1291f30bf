import { chmod, copyFile, mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveError } from '../../../shared/api/errors';
import { DIR_MODE, FILE_MODE } from './fileModes';
import type { LibraryFiles } from './libraryPaths';

/** The newest copies kept whatever their day, and the days each keeps its last copy of. */
const SESSIONS_KEPT = 10;
const DAYS_KEPT = 14;

/**
 * When a process takes a backup: the window and the browser shell once per session that writes,
 * the CLI (one process per command) at most once a day, so quick commands never rotate out the
 * copies of earlier sessions.
 */
export type BackupPolicy = 'session' | 'daily';

export interface BackupEntry {
  name: string;
  /** When the copy was taken (from its name). */
  takenAt: string;
  size: number;
}

const NAME = /^library-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;

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

/** Which backups retention keeps: the newest few, and the last of each recent day. */
export function backupsToKeep(names: readonly string[]): Set<string> {
  const sorted = [...names].filter((n) => NAME.test(n)).sort();
  const keep = new Set(sorted.slice(-SESSIONS_KEPT));
  const lastOfDay = new Map<string, string>();
  for (const name of sorted)
    lastOfDay.set(name.slice('library-'.length, 'library-'.length + 10), name);
  for (const name of [...lastOfDay.values()].slice(-DAYS_KEPT)) keep.add(name);
  return keep;
}

/** Copies library.json into backups/ before a session first changes it. */
export async function takeBackup(
  files: LibraryFiles,
  now: Date,
  policy: BackupPolicy,
): Promise<void> {
  const current = await readFile(files.document).catch(() => null);
  if (current === null) return;
  await mkdir(files.backups, { recursive: true, mode: DIR_MODE });
  const kept = (await listBackups(files)).map((b) => b.name);
  const today = now.toISOString().slice(0, 10);
  if (policy === 'daily' && kept.some((n) => n.startsWith(`library-${today}`))) return;
  const newest = kept.at(-1);
  // Sizes first: reading a large newest copy only when it may be the same.
  if (newest && (await stat(join(files.backups, newest))).size === current.length) {
    if ((await readFile(join(files.backups, newest))).equals(current)) return;
  }
  const name = `library-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  await copyFile(files.document, join(files.backups, name));
  await chmod(join(files.backups, name), FILE_MODE);
  const keep = backupsToKeep([...kept, name]);
  for (const old of [...kept, name]) if (!keep.has(old)) await unlink(join(files.backups, old));
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
