import { basename } from 'node:path';
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ArchiveError } from '../../../shared/api/errors';
import { FILE_MODE } from './fileModes';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** The script the owner runs, to tell a Dossier from another program that got its number. */
  program?: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process its parent has not reaped yet (a zombie) still answers signal 0.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** What a live process runs, where the system says (Linux); null where it cannot be known. */
function commandLineOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return null;
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? (owner as LockOwner)
      : null;
  } catch {
    return null;
  }
}

const sameOwner = (a: LockOwner | null, b: LockOwner | null) =>
  a !== null && b !== null && a.pid === b.pid && a.host === b.host && a.since === b.since;

/** A short wait without the event loop (the lock is taken synchronously at open). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const UNREADABLE_STALE_MS = 2000;

interface Identity {
  ino: number;
  mtimeMs: number;
}

function identityOf(file: string): Identity | null {
  try {
    const { ino, mtimeMs } = statSync(file);
    return { ino, mtimeMs };
  } catch {
    return null;
  }
}

/**
 * Removes a lock file only if it is still the one that was looked at: the same file (inode and
 * modification time) naming the same owner. One created since, even empty, is left alone.
 */
function removeIfUnchanged(file: string, seen: Identity, owner: LockOwner | null): void {
  const now = identityOf(file);
  if (!now || now.ino !== seen.ino || now.mtimeMs !== seen.mtimeMs) return;
  const named = readOwner(file);
  if (owner === null ? named !== null : !sameOwner(named, owner)) return;
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function createExclusive(file: string, owner: LockOwner): boolean {
  try {
    writeFileSync(file, JSON.stringify(owner), { flag: 'wx', mode: FILE_MODE });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export interface LibraryLock {
  release(): void;
}

/** Why the lock is not ours, in words that say what to do. */
function lockedBy(owner: LockOwner, file: string, libraryDir: string, me: LockOwner): ArchiveError {
  if (owner.host !== me.host) {
    return new ArchiveError(
      'LIBRARY_LOCKED',
      `The library at ${libraryDir} is marked open by Dossier on another computer (${owner.host}, process ${owner.pid}, since ${owner.since}). If it is not open there, delete ${file} and open it again.`,
    );
  }
  const command = commandLineOf(owner.pid);
  // By the script's name: argv[1] is absolute, the command line as it was typed (node scripts/web.mjs).
  if (command !== null && owner.program && !command.includes(basename(owner.program))) {
    return new ArchiveError(
      'LIBRARY_LOCKED',
      `${file} names process ${owner.pid}, which is running but is not Dossier (${command.slice(0, 120)}): the lock was most likely left by a Dossier that stopped, and its number reused. If no Dossier has this library open, delete ${file} and open it again.`,
    );
  }
  return new ArchiveError(
    'LIBRARY_LOCKED',
    `The library at ${libraryDir} is open in another Dossier (process ${owner.pid} on ${owner.host}). Close that one first, or choose another library with --library.`,
  );
}

/**
 * One process writes a library at a time. The lock is created exclusively and names its owner.
 * A lock left by a process that is gone is taken over, but only by the one starter that holds
 * `library.lock.takeover` (itself created exclusively): two starters never both win.
 */
export function acquireLibraryLock(file: string, libraryDir: string): LibraryLock {
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    program: process.argv[1] ?? process.argv0,
  };
  const takeover = `${file}.takeover`;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (createExclusive(file, me)) {
      const release = () => {
        if (sameOwner(readOwner(file), me)) unlinkSync(file);
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    }
    // The file as it is now, and who it names: everything below is decided on this one file.
    const seen = identityOf(file);
    if (seen === null) continue; // gone since: try to create it again
    const owner = readOwner(file);
    if (owner !== null && (owner.host !== me.host || isAlive(owner.pid)))
      throw lockedBy(owner, file, libraryDir, me);
    // An unreadable lock may be one being written this very moment: only an old one is stale.
    if (owner === null && Date.now() - seen.mtimeMs < UNREADABLE_STALE_MS) {
      pause(5);
      continue;
    }
    // Stale (its owner is gone), or unreadable (a crash while it was written): take it over,
    // one starter at a time.
    if (!createExclusive(takeover, me)) {
      const held = identityOf(takeover);
      const taker = readOwner(takeover);
      if (held && taker !== null && taker.host === me.host && !isAlive(taker.pid))
        removeIfUnchanged(takeover, held, taker);
      else pause(5);
      continue;
    }
    try {
      // Only the very file that was judged stale is removed; a fresh one is left to its owner.
      removeIfUnchanged(file, seen, owner);
    } finally {
      unlinkSync(takeover);
    }
  }
  throw new ArchiveError(
    'LIBRARY_LOCKED',
    `Could not lock the library at ${libraryDir}: ${file} keeps changing. Close other Dossiers and try again.`,
  );
}
