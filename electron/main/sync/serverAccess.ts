import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { writeAtomically } from '../library/blobStore';

/**
 * Who may do what with each library a sync server keeps: the digests (never the secrets) of its
 * codes, each with a role. The sharer's own secret is the owner's: it alone replaces a code. A
 * writer's code syncs both ways; a reader's code brings the library in and sends nothing. A code
 * replaced is refused from then on.
 */

export type AccessRole = 'owner' | 'writer' | 'reader';

const digestHex = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const entry = z.union([
  // Libraries registered before roles existed: the one secret they have is the owner's.
  digestHex,
  z.strictObject({ codes: z.record(digestHex, z.enum(['owner', 'writer', 'reader'])) }),
]);
const registrySchema = z.record(z.string(), entry);
type Registry = Record<string, { codes: Record<string, AccessRole> }>;

export const digestOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const isDigest = (value: string) => digestHex.safeParse(value).success;

export interface ServerAccess {
  known(library: string): boolean;
  /** The role a secret gives on a library, or null when the library does not take it. */
  roleOf(library: string, secret: string): AccessRole | null;
  register(
    library: string,
    owner: string,
    others: { writer?: string; reader?: string },
  ): Promise<void>;
  /** Makes `digest` the library's code for `role` instead of the one it had; answers that one. */
  replace(library: string, role: 'writer' | 'reader', digest: string): Promise<string | null>;
}

export async function openServerAccess(file: string): Promise<ServerAccess> {
  const raw = await readFile(file, 'utf8').catch(() => '{}');
  const parsed = registrySchema.safeParse(parseBoundedJson(raw));
  if (!parsed.success)
    throw new Error(
      `${file} is damaged (${parsed.error.issues[0]?.message ?? ''}); the server keeps it as it is`,
    );
  const registry: Registry = {};
  for (const [id, value] of Object.entries(parsed.data))
    registry[id] = typeof value === 'string' ? { codes: { [value]: 'owner' } } : value;
  const save = () => writeAtomically(file, JSON.stringify(registry, null, 2));

  return {
    known: (library) => registry[library] !== undefined,
    roleOf(library, secret) {
      const codes = registry[library]?.codes;
      if (!codes || secret.length < 16) return null;
      const given = Buffer.from(digestOf(secret), 'hex');
      // Every code is compared in full, so the timing tells nothing of which one was near.
      let role: AccessRole | null = null;
      for (const [digest, r] of Object.entries(codes))
        if (timingSafeEqual(Buffer.from(digest, 'hex'), given)) role = r;
      return role;
    },
    async register(library, owner, others) {
      const codes: Record<string, AccessRole> = { [owner]: 'owner' };
      if (others.writer) codes[others.writer] = 'writer';
      if (others.reader) codes[others.reader] = 'reader';
      registry[library] = { codes };
      await save();
    },
    async replace(library, role, digest) {
      const codes = registry[library]?.codes;
      if (!codes) return null;
      const old = Object.keys(codes).find((d) => codes[d] === role) ?? null;
      if (old) delete codes[old];
      codes[digest] = role;
      await save();
      return old;
    },
  };
}
