import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIR_MODE, FILE_MODE } from './fileModes';
import { userDataDir } from './libraryPaths';

let cached: { dir: string; key: Buffer } | null = null;

/**
 * A secret of this user on this machine, kept beside Dossier's settings and never in a library
 * folder: what it seals was said here, so a file that came with a copied or downloaded library
 * cannot pass for it.
 */
function machineKey(env: NodeJS.ProcessEnv): Buffer {
  const dir = userDataDir(env);
  if (cached?.dir === dir) return cached.key;
  const file = join(dir, 'machine.key');
  let key: Buffer;
  try {
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error('not a key');
  } catch {
    key = randomBytes(32);
    mkdirSync(dir, { recursive: true, mode: DIR_MODE });
    try {
      writeFileSync(file, key.toString('hex'), { flag: 'wx', mode: FILE_MODE });
    } catch {
      // Another process made it first: use that one.
      key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    }
  }
  cached = { dir, key };
  return key;
}

/** A seal over what was said, valid only with this machine's key. */
export function seal(parts: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  return createHmac('sha256', machineKey(env)).update(JSON.stringify(parts)).digest('hex');
}
