import { createHash } from 'node:crypto';

/** The hex sha-256 that names texts, originals and styles in the library folder. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
