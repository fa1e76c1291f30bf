import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { commandLabel } from '../../../shared/history/commandLabels';
import { join } from 'node:path';
import type { LibraryCheckReport } from '../../../shared/api/types';
import {
  danglingReferences,
  mendDanglingReferences,
} from '../../../shared/model/danglingReferences';
import { listBackups } from './backups';
import { DIR_MODE } from './fileModes';
import { quarantineRecords } from './quarantine';
import { command, type ArchiveState } from '../archive/archiveState';
import { checkLeftovers } from './checkLeftovers';
import { checkSyncFiles } from './checkSyncFiles';
import { checkTexts } from './checkTexts';

/** How many changes library.journal.damaged keeps, one "# line N: why" header each. */
async function journalSetAside(file: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return (text.match(/^# line \d+:/gm) ?? []).length;
}

/**
 * What a library check finds beyond what opening it already set aside: texts missing or not
 * what their name says, references to records that are gone, files no source uses, temporary
 * files a cut-short write left, damaged sync files, and the backups there are. With repair (a
 * backup first), texts are made again from their original or the backups' copy, references are
 * mended, unused files moved to orphaned/ and temporary files removed. Nothing is deleted that
 * a writer made.
 */
export async function checkLibrary(
  state: Pick<ArchiveState, 'files' | 'store' | 'history' | 'now'>,
  repair: boolean,
  searchIndex: { rebuilt: boolean },
): Promise<LibraryCheckReport> {
  const { files, store } = state;
  if (repair) await store.backUp('repair');
  const sources = store.doc.sources;
  const textProblems = await checkTexts(files, sources, repair, state.now());

  const dangling = danglingReferences(store.doc);
  if (repair && dangling.length) {
    const orphaned: { doc?: ReturnType<typeof mendDanglingReferences> } = {};
    await command(state, commandLabel('Mend references to records that are gone'), (doc) => {
      orphaned.doc = mendDanglingReferences(doc);
      return orphaned.doc.doc;
    });
    await quarantineRecords(
      files,
      (orphaned.doc?.orphanedHighlights ?? []).map((record) => ({
        collection: 'highlights',
        id: record.id,
        reason: `its source ${record.sourceId} is gone`,
        record,
      })),
      state.now(),
    );
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
    textProblems,
    danglingReferences: dangling.map((d) => ({ ...d, mended: repair })),
    orphanedFiles,
    leftoverFiles: await checkLeftovers(files, repair),
    journalSetAside: await journalSetAside(files.journalDamaged),
    syncFiles: await checkSyncFiles(state),
    searchIndex: searchIndex.rebuilt ? 'rebuilt' : 'current',
    backups: (await listBackups(files)).map((b) => b.name),
  };
}
