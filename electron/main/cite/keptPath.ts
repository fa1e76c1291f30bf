import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

const inside = (path: string, folder: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Why Dossier will not keep a file at this path up to date, or null: it must be in the writer's
 * home folder and not in the library, judged on the real folders (a link cannot lead out).
 */
export async function keptPathProblem(path: string, libraryDir: string): Promise<string | null> {
  const folder = await realpath(dirname(path)).catch(() => null);
  if (folder === null) return `there is no folder ${dirname(path)}`;
  const real = join(folder, basename(path));
  const home = await realpath(homedir()).catch(() => homedir());
  const library = await realpath(libraryDir).catch(() => libraryDir);
  if (inside(real, library))
    return `${path} is inside the library folder, which Dossier alone writes`;
  if (!inside(real, home))
    return `${path} is outside your home folder (${home}); Dossier keeps files up to date only there`;
  return null;
}
