import { faultPoint } from './faultPoints';
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FILE_MODE } from './fileModes';

/**
 * Replaces a file so that after a crash or power loss it holds the old bytes or the new ones:
 * a temporary file is written and synced, renamed over the target, and the folder synced so the
 * rename itself is on disk. Only then may anything that depends on the new bytes (emptying the
 * journal) happen.
 */
export async function writeDurably(target: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w', FILE_MODE);
    try {
      await handle.writeFile(data);
      await handle.sync();
      faultPoint('during-temp-write');
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncFolder(dir);
  faultPoint('after-rename');
}

export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems cannot sync a folder; the rename is then as durable as they make it.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
  } finally {
    await handle.close();
  }
}
