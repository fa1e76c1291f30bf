import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SetAsideRecord } from '../../../shared/model/libraryRecords';
import { sha256 } from '../import/hash';
import { writeOnce } from './blobStore';
import { DIR_MODE } from './fileModes';
import type { LibraryFiles } from './libraryPaths';

/**
 * Keeps each set-aside record in quarantine/, one file named by its content, so the record
 * survives the next rewrite of library.json and opening the library again writes nothing new.
 */
export async function quarantineRecords(
  files: LibraryFiles,
  records: readonly SetAsideRecord[],
  now: Date,
  write = true,
): Promise<(Omit<SetAsideRecord, 'record'> & { file: string })[]> {
  if (records.length === 0) return [];
  if (write) await mkdir(files.quarantine, { recursive: true, mode: DIR_MODE });
  const listed = [];
  for (const aside of records) {
    const body = JSON.stringify(aside, null, 2);
    const name = `${aside.collection}-${sha256(body).slice(0, 16)}.json`;
    if (write)
      await writeOnce(
        files.quarantine,
        name,
        JSON.stringify({ setAsideAt: now.toISOString(), ...aside }, null, 2),
      );
    const { record: _record, ...summary } = aside;
    listed.push({ ...summary, file: join('quarantine', name) });
  }
  return listed;
}
