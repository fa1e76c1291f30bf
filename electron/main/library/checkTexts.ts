import { readFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibraryCheckReport } from '../../../shared/api/types';
import type { SourceRecord } from '../../../shared/model/source';
import { backedUpText } from './backups';
import { writeAtomically } from './blobStore';
import { DIR_MODE } from './fileModes';
import type { LibraryFiles } from './libraryPaths';
import { sha256 } from '../import/hash';
import { prepareImport } from '../import/prepareImport';

type TextProblem = LibraryCheckReport['textProblems'][number];

/** The text of a source made again: from its kept original, else from the backups' copy. */
async function recoveredText(files: LibraryFiles, source: SourceRecord) {
  const original = await readFile(join(files.originals, source.original)).catch(() => null);
  const prepared = original && (await prepareImport(source.file, original));
  if (prepared?.kind === 'ready' && prepared.textHash === source.textHash)
    return { text: prepared.text, from: 'original' as const };
  const copy = await backedUpText(files, source.textHash);
  if (copy && sha256(copy.toString('utf8')) === source.textHash)
    return { text: copy.toString('utf8'), from: 'backup' as const };
  return null;
}

/**
 * Sources whose text file is missing, or holds other bytes than its name (its sha-256) says:
 * with repair, made again from the original or the backups' copy; a damaged file is moved to
 * orphaned/ first, never deleted.
 */
export async function checkTexts(
  files: LibraryFiles,
  sources: readonly SourceRecord[],
  repair: boolean,
  now: Date,
): Promise<TextProblem[]> {
  const problems: TextProblem[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.textHash)) continue;
    seen.add(source.textHash);
    const name = `${source.textHash}.txt`;
    const bytes = await readFile(join(files.texts, name)).catch(() => null);
    const problem =
      bytes === null
        ? ('missing' as const)
        : sha256(bytes.toString('utf8')) !== source.textHash
          ? ('damaged' as const)
          : null;
    if (!problem) continue;
    const found: TextProblem = {
      sourceId: source.id,
      title: source.title,
      problem,
      restored: false,
    };
    if (repair) {
      const recovered = await recoveredText(files, source);
      if (recovered) {
        if (problem === 'damaged') {
          const keptAs = `orphaned/texts/${name}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
          await mkdir(join(files.dir, 'orphaned', 'texts'), { recursive: true, mode: DIR_MODE });
          await rename(join(files.texts, name), join(files.dir, keptAs));
          found.keptAs = keptAs;
        }
        await writeAtomically(join(files.texts, name), recovered.text);
        found.restored = true;
        found.from = recovered.from;
      }
    }
    problems.push(found);
  }
  return problems;
}
