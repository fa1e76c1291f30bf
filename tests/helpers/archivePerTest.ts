import { afterEach } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { openArchive, tempDir } from './tempLibrary';

/** A fresh library for each test that asks, closed after it. */
export function archivePerTest(): () => Promise<Archive> {
  let open: Archive | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });
  return async () => (open = await openArchive(await tempDir()));
}
