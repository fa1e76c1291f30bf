import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';
import {
  openArchive as openRealArchive,
  type Archive,
  type ArchiveOptions,
} from '../../electron/main/archive/archiveService';

/**
 * Folders and archives a test made, cleaned up after it even when it fails: archives are closed
 * first (their lock and pending writes go), then the folders removed. What a file's beforeAll
 * made is cleaned up after all its tests.
 */
interface Made {
  archives: Archive[];
  dirs: string[];
}
const perTest: Made = { archives: [], dirs: [] };
const perFile: Made = { archives: [], dirs: [] };

const inTest = () => expect.getState().currentTestName !== undefined;
const owner = () => (inTest() ? perTest : perFile);

async function cleanUp(made: Made): Promise<void> {
  while (made.archives.length) await made.archives.pop()!.close();
  while (made.dirs.length) await rm(made.dirs.pop()!, { recursive: true, force: true });
}

afterEach(() => cleanUp(perTest));
afterAll(() => cleanUp(perFile));

/** A fresh folder, removed after the test (or after the file's tests, made in beforeAll). */
export async function tempDir(prefix = 'dossier-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  owner().dirs.push(dir);
  return dir;
}

/**
 * A fresh folder in the home folder, removed after the test: where a writer keeps the files
 * Dossier writes outside the library (it keeps none outside the home folder).
 */
export async function homeTempDir(prefix = '.dossier-test-'): Promise<string> {
  const dir = await mkdtemp(join(homedir(), prefix));
  owner().dirs.push(dir);
  return dir;
}

/** openArchive, closed after the test (or the file's tests) unless the test closed it. */
export async function openArchive(dir: string, options?: ArchiveOptions): Promise<Archive> {
  const archive = await openRealArchive(dir, options);
  let closing: Promise<void> | null = null;
  const tracked: Archive = {
    ...archive,
    close: () => (closing ??= archive.close()),
  };
  owner().archives.push(tracked);
  return tracked;
}
