import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../library/blobStore';

/**
 * A writer's Ed25519 key pair: the private key in the library's sync folder (sync/writer.key,
 * readable by its owner only), the public key published in the shared document beside the
 * writer's name. Highlights and source notes are signed with it as they are sent; every replica
 * checks them against the key it first saw for that writer.
 */

export interface WriterKey {
  /** The public key as base64 of its SPKI DER bytes: what the shared document carries. */
  publicKey: string;
  sign(payload: string): string;
}

/** The writer's key, made the first time a replica needs it (shared before keys existed, too). */
export async function writerKey(syncDir: string): Promise<WriterKey> {
  const file = join(syncDir, 'writer.key');
  const pem = await readFile(file, 'utf8').catch(() => null);
  let privateKey: KeyObject;
  if (pem) privateKey = createPrivateKey(pem);
  else {
    privateKey = generateKeyPairSync('ed25519').privateKey;
    // Written readable by its owner only, as every file of the library is.
    await writeAtomically(file, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  }
  const publicKey = (
    createPublicKey(privateKey).export({ type: 'spki', format: 'der' }) as Buffer
  ).toString('base64');
  return {
    publicKey,
    sign: (payload) => sign(null, Buffer.from(payload), privateKey).toString('base64'),
  };
}

const publicKeys = new Map<string, KeyObject | null>();

/** Whether `signature` is the one the holder of `publicKey` made of `payload`. */
export function verifies(publicKey: string, payload: string, signature: string): boolean {
  let key = publicKeys.get(publicKey);
  if (key === undefined) {
    try {
      key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    } catch {
      key = null;
    }
    publicKeys.set(publicKey, key);
  }
  if (!key || key.asymmetricKeyType !== 'ed25519') return false;
  try {
    return verify(null, Buffer.from(payload), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
