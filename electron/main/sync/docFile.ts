import { open, stat } from 'node:fs/promises';
import * as A from '@automerge/automerge';
import { writeAtomically } from '../library/blobStore';

/**
 * An Automerge document on disk as a full save followed by the changes made since, each
 * appended and synced: a change is durable in milliseconds, not in the second a full save of a
 * large library takes. Once the file is twice the size it had when written whole, it is written
 * whole again (atomically). Automerge loads such a file as it is.
 */
const wholeSize = new Map<string, number>();

export async function persistChanges(path: string, doc: A.Doc<unknown>): Promise<void> {
  const size = (await stat(path).catch(() => null))?.size ?? 0;
  if (!wholeSize.has(path) && size) wholeSize.set(path, size);
  const whole = wholeSize.get(path) ?? 0;
  if (size === 0 || size > 2 * whole) {
    const bytes = A.save(doc);
    await writeAtomically(path, bytes);
    wholeSize.set(path, bytes.length);
    return;
  }
  const changes = A.saveIncremental(doc);
  if (!changes.length) return;
  const file = await open(path, 'a', 0o600);
  try {
    await file.write(changes);
    await file.datasync();
  } finally {
    await file.close();
  }
}
