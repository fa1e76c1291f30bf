import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ArchiveError } from '../../../shared/api/errors';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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

export interface LibraryLock {
  release(): void;
}

/**
 * One process writes a library at a time. The lock names its owner, so a lock left by a crash
 * on this machine is taken over rather than shutting the writer out of their own library.
 */
export function acquireLibraryLock(file: string, libraryDir: string): LibraryLock {
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      const release = () => {
        const owner = readOwner(file);
        if (owner?.pid === me.pid && owner.host === me.host) unlinkSync(file);
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    const stale = owner !== null && owner.host === me.host && !isAlive(owner.pid);
    if (!stale && owner !== null) {
      throw new ArchiveError(
        'LIBRARY_LOCKED',
        `The library at ${libraryDir} is open in another Dossier (process ${owner.pid} on ${owner.host}). Close that one first, or choose another library with --library.`,
      );
    }
    // A stale lock, or one whose owner cannot be read (a crash mid-write): take it over.
    unlinkSync(file);
  }
  throw new ArchiveError('LIBRARY_LOCKED', `Could not lock the library at ${libraryDir}.`);
}
