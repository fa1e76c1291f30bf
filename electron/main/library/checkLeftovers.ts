import { readdir, stat, unlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { LibraryFiles } from './libraryPaths';

/** What writeDurably and writeAtomically name their temporary files: .NAME.8hex.tmp */
const TEMP = /^\..+\.[0-9a-f]{8}\.tmp$/;

/**
 * Temporary files a write cut short left behind (a kill during a rewrite of library.json leaves
 * a whole copy): listed, and removed with repair. Only the process holding the library's lock
 * writes, so none of them is being written now.
 */
export async function checkLeftovers(files: LibraryFiles, repair: boolean) {
  const folders = [
    files.dir,
    files.texts,
    files.originals,
    files.backups,
    join(files.backups, 'texts'),
    join(files.dir, 'index'),
    files.quarantine,
    join(files.dir, 'sync'),
  ];
  const found: { file: string; bytes: number; removed: boolean }[] = [];
  for (const folder of folders) {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || !TEMP.test(entry.name)) continue;
      const path = join(folder, entry.name);
      const { size } = await stat(path);
      if (repair) await unlink(path);
      found.push({ file: relative(files.dir, path), bytes: size, removed: repair });
    }
  }
  return found;
}
