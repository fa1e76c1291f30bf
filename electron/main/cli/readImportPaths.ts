import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { isCslSidecar, sidecarStem } from '../../../shared/import/cslSidecar';
import { isImportable, sizeLimitReason } from '../../../shared/import/formats';

export type ReadFileResult =
  | { name: string; data: Buffer; sidecar?: { name: string; data: Buffer } }
  | { name: string; error: string };

/** NAME.csl.json beside NAME.txt: the text's metadata, sent with it. */
async function sidecarOf(full: string): Promise<{ name: string; data: Buffer } | undefined> {
  const path = full.replace(/\.[^./\\]+$/, '') + '.csl.json';
  if (path === full) return undefined;
  return readFile(path)
    .then((data) => ({ name: basename(path), data }))
    .catch(() => undefined);
}

function notRegularReason(info: Awaited<ReturnType<typeof lstat>>): string | null {
  if (info.isFile() || info.isDirectory()) return null;
  if (info.isSymbolicLink())
    return 'it is a symbolic link; name the file it points to, so what is imported is plain';
  if (info.isFIFO()) return 'it is a named pipe, not a file';
  if (info.isSocket()) return 'it is a socket, not a file';
  return 'it is a device, not a file';
}

/**
 * Expands folders to the importable files they hold (not hidden ones, not metadata files beside
 * them) and reads each path; a file named on its own is always sent, to be refused with a reason.
 */
export async function* readImportPaths(
  paths: string[],
  cwd: string,
): AsyncGenerator<ReadFileResult> {
  for (const given of paths) {
    const full = resolve(cwd, given);
    let info;
    try {
      info = await lstat(full);
    } catch {
      yield { name: basename(given), error: `${given} was not imported: there is no such file.` };
      continue;
    }
    const notRegular = notRegularReason(info);
    if (notRegular) {
      // Reading a named pipe or a device could block for ever or never end.
      yield { name: basename(given), error: `${given} was not imported: ${notRegular}.` };
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(full, { withFileTypes: true }))
        .filter((e) => e.isFile() && !e.name.startsWith('.') && isImportable(e.name))
        .map((e) => e.name);
      const stems = new Set(
        names.filter((n) => !isCslSidecar(n)).map((n) => n.replace(/\.[^.]+$/, '')),
      );
      // A NAME.csl.json travels with NAME.txt (read below as its sidecar), not on its own.
      const entries = names.filter((n) => !(isCslSidecar(n) && stems.has(sidecarStem(n)))).sort();
      yield* readImportPaths(
        entries.map((e) => join(full, e)),
        cwd,
      );
      continue;
    }
    // Refused before it is read, so a huge file never fills memory.
    const tooLarge = sizeLimitReason(full, info.size);
    if (tooLarge) {
      yield { name: basename(full), error: `${given} was not imported: ${tooLarge}.` };
      continue;
    }
    try {
      const sidecar = isCslSidecar(full) ? undefined : await sidecarOf(full);
      yield { name: basename(full), data: await readFile(full), ...(sidecar ? { sidecar } : {}) };
    } catch (error) {
      yield {
        name: basename(full),
        error: `${given} was not imported: ${(error as Error).message}.`,
      };
    }
  }
}
