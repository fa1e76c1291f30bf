import { basename } from 'node:path';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
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

/** Errors that mean the folder cannot be written now, where reading it may still work. */
const CANNOT_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

function cannotWrite(error: unknown, file: string, libraryDir: string): ArchiveError | null {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (!CANNOT_WRITE.has(code)) return null;
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  const why = full
    ? 'the disk is full'
    : code === 'EROFS'
      ? 'the disk is read-only'
      : 'this user may not write there';
  return new ArchiveError(
    full ? 'DISK_FULL' : 'READ_ONLY',
    `Dossier cannot write to ${libraryDir} (${why}: ${file} could not be made), so nothing was changed. ${full ? 'Free some space and try again; ' : ''}Commands that only read (list, show, search, cite) still work.`,
  );
}

/**
 * Creates the file only if it does not exist, holding the owner; a file made but not filled (a
 * full disk) is removed again, so it cannot be mistaken for a lock left by a crash.
 */
function createExclusive(file: string, owner: LockOwner, libraryDir: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw cannotWrite(error, file, libraryDir) ?? error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } catch (error) {
    closeSync(fd);
    unlinkSync(file);
    throw cannotWrite(error, file, libraryDir) ?? error;
  }
  closeSync(fd);
  return true;
}

export interface LibraryLock {
  release(): void;
}

/** By the script's name: argv[1] is absolute, the command line as typed (node scripts/web.mjs). */
function runsDossier(owner: LockOwner, command = commandLineOf(owner.pid)): boolean {
  return command === null || !owner.program || command.includes(basename(owner.program));
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
  if (!runsDossier(owner, command)) {
    return new ArchiveError(
      'LIBRARY_LOCKED',
      `${file} names process ${owner.pid}, which is running but is not Dossier (${(command ?? '').slice(0, 120)}): the lock was most likely left by a Dossier that stopped, and its number reused. If no Dossier has this library open, delete ${file} and open it again.`,
    );
  }
  return new ArchiveError(
    'LIBRARY_LOCKED',
    `The library at ${libraryDir} is open in another Dossier (process ${owner.pid} on ${owner.host}). Close that one first, or choose another library with --library.`,
  );
}

/** How long a CLI writer waits for another Dossier to let go of the library before it refuses. */
export const LOCK_WAIT_MS = 5000;

export interface LockOptions {
  /** How long to wait while another live Dossier holds the library; 0 (the default) refuses at once. */
  waitMs?: number;
  /** Told once when the wait begins, with who holds the library, so the wait is not silent. */
  onWait?: (holder: string) => void;
}

// The locks this process holds, released if it exits without closing them. One exit listener for
// them all: a process holding many libraries (a sync server, a test run) adds no listener each.
const heldAtExit = new Set<() => void>();
let exitListening = false;
function releaseAtExit(release: () => void) {
  if (!exitListening) {
    exitListening = true;
    process.on('exit', () => {
      for (const held of [...heldAtExit]) held();
    });
  }
  heldAtExit.add(release);
}

/**
 * One process writes a library at a time. The lock is created exclusively and names its owner.
 * A lock left by a process that is gone is taken over, but only by the one starter that holds
 * `library.lock.takeover` (itself created exclusively): two starters never both win. A takeover
 * file left by a starter that died, or left empty, is itself cleared once it is old.
 */
export function acquireLibraryLock(
  file: string,
  libraryDir: string,
  options: LockOptions = {},
): LibraryLock {
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    program: process.argv[1] ?? process.argv0,
  };
  const takeover = `${file}.takeover`;
  const waitMs = options.waitMs ?? 0;
  const started = Date.now();
  let told = false;
  // An unreadable lock or takeover file gets the time to be judged stale, however short the wait.
  const deadline = started + Math.max(waitMs, UNREADABLE_STALE_MS * 2);
  while (Date.now() < deadline) {
    if (createExclusive(file, me, libraryDir)) {
      const release = () => {
        if (sameOwner(readOwner(file), me)) unlinkSync(file);
        heldAtExit.delete(release);
      };
      releaseAtExit(release);
      return { release };
    }
    // The file as it is now, and who it names: everything below is decided on this one file.
    const seen = identityOf(file);
    if (seen === null) continue; // gone since: try to create it again
    const owner = readOwner(file);
    if (owner !== null && (owner.host !== me.host || isAlive(owner.pid))) {
      const worthWaiting = owner.host === me.host && runsDossier(owner);
      if (!worthWaiting || Date.now() - started >= waitMs)
        throw lockedBy(owner, file, libraryDir, me);
      if (!told) options.onWait?.(`process ${owner.pid} on ${owner.host}`);
      told = true;
      pause(50); // another Dossier is at work: wait our turn
      continue;
    }
    // An unreadable lock may be one being written this very moment: only an old one is stale.
    if (owner === null && Date.now() - seen.mtimeMs < UNREADABLE_STALE_MS) {
      pause(20);
      continue;
    }
    // Stale (its owner is gone), or unreadable (a crash while it was written): take it over,
    // one starter at a time.
    if (!createExclusive(takeover, me, libraryDir)) {
      const held = identityOf(takeover);
      const taker = readOwner(takeover);
      const takerGone = taker !== null && taker.host === me.host && !isAlive(taker.pid);
      const leftEmpty = held && taker === null && Date.now() - held.mtimeMs >= UNREADABLE_STALE_MS;
      if (held && (takerGone || leftEmpty)) removeIfUnchanged(takeover, held, taker);
      else pause(20);
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
    `Could not lock the library at ${libraryDir}: ${file} (or ${takeover}) kept changing for ${Math.round((Date.now() - started) / 1000)} s. If no other Dossier has this library open, delete both files and try again.`,
  );
}

/**
 * The lock for a command that only reads: taken when free, so the command may also keep the
 * search index; null when another live Dossier holds it or the folder cannot be written (a full
 * disk), and the library is then read as it stands, without writing anything.
 */
export function tryLibraryLock(
  file: string,
  libraryDir: string,
): { lock: LibraryLock } | { lock: null; why: string } {
  try {
    return { lock: acquireLibraryLock(file, libraryDir, { waitMs: 0 }) };
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const why: Partial<Record<string, string>> = {
      LIBRARY_LOCKED: 'another Dossier has it open for writing',
      DISK_FULL: 'the disk is full',
      READ_ONLY: 'its folder cannot be written',
    };
    return { lock: null, why: why[error.code] ?? error.message };
  }
}
