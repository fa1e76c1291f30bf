import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as A from '@automerge/automerge';
import { mergedRules, rulesOfDoc } from '../../../shared/sync/sharedRules';
import type { WriterRules } from '../../../shared/rules/writerRules';
import type { SyncDoc } from '../../../shared/sync/syncShape';
import { writeOnce } from '../library/blobStore';
import { sha256 } from '../import/hash';
import type { ArchiveState } from '../archive/archiveState';

/**
 * The library's files that travel with the shared document besides its records: rules.json
 * (through the library's rules file, which re-reads the name aliases for search) and the
 * citation styles writers added (styles/ID.csl, named by their sha-256).
 */

const STYLE_FILE = /^([0-9a-f]{12})\.csl$/;

/** The names of the styles this library added, as one string to compare. */
export async function styleNames(dir: string): Promise<string> {
  const files = await readdir(dir).catch(() => [] as string[]);
  return files
    .filter((f) => STYLE_FILE.test(f))
    .sort()
    .join(' ');
}

/** The styles this library added, by id. */
export async function addedStyleFiles(dir: string): Promise<Map<string, string>> {
  const styles = new Map<string, string>();
  for (const file of await readdir(dir).catch(() => [] as string[])) {
    const id = STYLE_FILE.exec(file)?.[1];
    if (id) styles.set(id, await readFile(join(dir, file), 'utf8'));
  }
  return styles;
}

/**
 * Takes the rules and styles of the merged document into the library; answers what it had to
 * leave out, and why (reported with the records set aside).
 */
export async function takeSharedRules(
  state: Pick<ArchiveState, 'files' | 'rules'>,
  base: Partial<WriterRules>,
  doc: A.Doc<SyncDoc>,
  reads: boolean,
): Promise<string[]> {
  const setAside: string[] = [];
  if (doc.rules) {
    const next = mergedRules(base, rulesOfDoc(doc.rules), state.rules.current, reads);
    if (next && 'unusable' in next) setAside.push(`rules: ${next.unusable}`);
    else if (next) {
      try {
        await state.rules.save(next.rules);
      } catch (error) {
        setAside.push(`rules: ${(error as Error).message}`);
      }
    }
  }
  const have = new Set((await styleNames(state.files.styles)).split(' '));
  for (const [id, xml] of Object.entries(doc.styles ?? {})) {
    if (have.has(`${id}.csl`)) continue;
    const text = String(xml);
    // Named by its bytes, like every file that travels: another name is not that style.
    if (sha256(text).slice(0, 12) !== id || !/<style\b/.test(text)) {
      setAside.push(`styles ${id}: not the style its name says`);
      continue;
    }
    await writeOnce(state.files.styles, `${id}.csl`, text);
  }
  return setAside;
}
