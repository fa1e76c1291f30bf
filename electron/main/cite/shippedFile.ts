import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Loaders = Record<string, () => Promise<string>>;

const loaded = new Map<string, string>();

/**
 * A file that ships beside this code (an official CSL style or locale): from the build's chunks
 * (vite's glob), else, where the code runs from source without vite (tsx: the benches, a test's
 * second process, where the glob is not a function), from the folder beside this file. Kept once
 * read: a command cites in one style and language many times.
 */
export async function shippedFile(
  loaders: () => Promise<Loaders>,
  folder: string,
  name: string,
): Promise<string | null> {
  const path = `./${folder}/${name}`;
  if (loaded.has(path)) return loaded.get(path)!;
  const text = await read(loaders, path);
  if (text !== null) loaded.set(path, text);
  return text;
}

async function read(loaders: () => Promise<Loaders>, path: string): Promise<string | null> {
  try {
    const load = (await loaders())[path];
    return load ? await load() : null;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const here = dirname(fileURLToPath(import.meta.url));
    return readFile(join(here, path), 'utf8').catch(() => null);
  }
}
