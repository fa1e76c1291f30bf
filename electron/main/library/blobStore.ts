import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DIR_MODE, FILE_MODE } from './fileModes';

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file through a temporary name and a rename, so a reader never sees half of it. */
export async function writeAtomically(target: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  const temp = join(dir, `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { mode: FILE_MODE });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/** Content-addressed files are written once: an existing one already holds these bytes. */
export async function writeOnce(dir: string, name: string, data: Uint8Array | string) {
  const target = join(dir, name);
  if (await exists(target)) return;
  await writeAtomically(target, data);
}

export function readText(dir: string, name: string): Promise<string> {
  return readFile(join(dir, name), 'utf8');
}
