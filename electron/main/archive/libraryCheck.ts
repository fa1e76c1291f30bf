import { access, mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibraryCheckReport } from '../../../shared/api/types';
import { writeOnce } from '../library/blobStore';
import { listBackups } from '../library/backups';
import { DIR_MODE } from '../library/fileModes';
import { prepareImport } from '../import/prepareImport';
import type { ArchiveState } from './archiveState';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * What a library check finds beyond what opening it already set aside: sources whose text file
 * is missing, files no source uses, and the backups there are. With repair, a missing text is
 * read again from its kept original when that gives the very same text, and unused files are
 * moved to orphaned/ (never deleted).
 */
export async function checkLibrary(
  state: ArchiveState,
  repair: boolean,
  searchIndex: { rebuilt: boolean; completed: number },
): Promise<LibraryCheckReport> {
  const { files, store } = state;
  const sources = store.doc.sources;
  const missingTexts: LibraryCheckReport['missingTexts'] = [];
  for (const source of sources) {
    if (await exists(join(files.texts, `${source.textHash}.txt`))) continue;
    let restored = false;
    if (repair) {
      const original = await readFile(join(files.originals, source.original)).catch(() => null);
      const prepared = original && (await prepareImport(source.file, original));
      if (prepared?.kind === 'ready' && prepared.textHash === source.textHash) {
        await writeOnce(files.texts, `${source.textHash}.txt`, prepared.text);
        restored = true;
      }
    }
    missingTexts.push({ sourceId: source.id, title: source.title, restored });
  }

  const used = {
    texts: new Set(sources.map((s) => `${s.textHash}.txt`)),
    originals: new Set(sources.map((s) => s.original)),
  };
  const orphanedFiles: LibraryCheckReport['orphanedFiles'] = [];
  for (const folder of ['texts', 'originals'] as const) {
    const names = await readdir(files[folder]).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (used[folder].has(name) || name.startsWith('.')) continue;
      const file = `${folder}/${name}`;
      if (!repair) {
        orphanedFiles.push({ file });
        continue;
      }
      const movedTo = `orphaned/${file}`;
      await mkdir(join(files.dir, 'orphaned', folder), { recursive: true, mode: DIR_MODE });
      await rename(join(files.dir, file), join(files.dir, movedTo));
      orphanedFiles.push({ file, movedTo });
    }
  }

  return {
    health: store.health,
    missingTexts,
    orphanedFiles,
    searchIndex: searchIndex.rebuilt
      ? 'rebuilt'
      : searchIndex.completed > 0
        ? 'completed'
        : 'current',
    searchIndexCompleted: searchIndex.completed,
    backups: (await listBackups(files)).map((b) => b.name),
  };
}
