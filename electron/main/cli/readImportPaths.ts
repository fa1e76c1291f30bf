import { lstat, readdir, readFile } from 'node:fs/promises';
import { inEnglish } from '../../../shared/text/wording';
import { basename, join, resolve } from 'node:path';
import { isCslSidecar, sidecarStem } from '../../../shared/import/cslSidecar';
import { isImportable, sizeLimitReason } from '../../../shared/import/formats';
import { oneLine } from './terminalText';

export type ReadFileResult =
  | { name: string; data: Buffer; sidecar?: { name: string; data: Buffer } }
  | { name: string; error: string }
  | { name: string; skipped: string };

// A folder's own paperwork, not research: README.md, LICENSE, CHANGELOG.txt and the like.
const PAPERWORK =
  /^(?:readme|licen[cs]e|copying|changelog|changes|contributing|code_of_conduct|notice|authors|security)(?:[._-][^/\\]*)?$/iu;

/** NAME.csl.json beside NAME.txt: the text's metadata, sent with it. */
async function sidecarOf(
  full: string,
): Promise<{ name: string; data: Buffer } | { name: string; error: string } | undefined> {
  const path = full.replace(/\.[^./\\]+$/, '') + '.csl.json';
  if (path === full) return undefined;
  const info = await lstat(path).catch(() => null);
  if (!info) return undefined;
  // A link could lead out of the folder the writer chose: metadata is read from plain files only.
  const notRegular = notRegularReason(info);
  if (notRegular || !info.isFile())
    return {
      name: basename(path),
      error: `${basename(path)} was not read as metadata: ${notRegular ?? 'it is not a file'}.`,
    };
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
 * them, not the folder's README or licence, which are said and left) and reads each path; a
 * file named on its own is always sent, to be refused with a reason.
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
      yield {
        name: oneLine(basename(given)),
        error: `${oneLine(given)} was not imported: there is no such file.`,
      };
      continue;
    }
    const notRegular = notRegularReason(info);
    if (notRegular) {
      // Reading a named pipe or a device could block for ever or never end.
      yield {
        name: oneLine(basename(given)),
        error: `${oneLine(given)} was not imported: ${notRegular}.`,
      };
      continue;
    }
    if (info.isDirectory()) {
      const listed = (await readdir(full, { withFileTypes: true })).filter(
        (e) => !e.name.startsWith('.') && isImportable(e.name),
      );
      // Links, pipes and devices in the folder are named, not passed over in silence.
      for (const e of listed.filter((e) => !e.isFile() && !e.isDirectory())) {
        const reason = notRegularReason(await lstat(join(full, e.name)));
        yield {
          name: oneLine(e.name),
          error: `${oneLine(join(given, e.name))} was not imported: ${reason ?? 'it is not a file'}.`,
        };
      }
      const files = listed.filter((e) => e.isFile()).map((e) => e.name);
      // Named on its own it is imported; met in a folder it is said and left.
      for (const name of files.filter((n) => PAPERWORK.test(n)).sort())
        yield {
          name: oneLine(name),
          skipped: `${oneLine(join(given, name))} was left out: it is the folder's own ${/^licen|^copying/iu.test(name) ? 'licence' : 'paperwork'}, not a source; name it to import it`,
        };
      const names = files.filter((n) => !PAPERWORK.test(n));
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
      yield {
        name: oneLine(basename(full)),
        error: `${oneLine(given)} was not imported: ${inEnglish(tooLarge)}.`,
      };
      continue;
    }
    try {
      const sidecar = isCslSidecar(full) ? undefined : await sidecarOf(full);
      if (sidecar && 'error' in sidecar) yield sidecar;
      const usable = sidecar && 'data' in sidecar ? sidecar : undefined;
      yield {
        name: oneLine(basename(full)),
        data: await readFile(full),
        ...(usable ? { sidecar: usable } : {}),
      };
    } catch (error) {
      yield {
        name: oneLine(basename(full)),
        error: `${oneLine(given)} was not imported: ${(error as Error).message}.`,
      };
    }
  }
}
