import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './corpus';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The TypeScript of the named folders (electron/ and shared/ unless told), as one text, but for
 * the file that lists the texts being looked for: to find which of them some code uses.
 */
export function serviceCode(
  except: string,
  folders: readonly string[] = ['electron', 'shared'],
): string {
  return folders
    .flatMap((folder) => sourceFiles(join(repoRoot, folder)))
    .filter((file) => !file.endsWith(except))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
