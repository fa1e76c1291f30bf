import { z } from 'zod';
import type { CslMetadata } from '../model/source';

/** A `NAME.csl.json` beside `NAME.txt` holds the metadata of that text. */
export function isCslSidecar(fileName: string): boolean {
  return /\.csl\.json$/i.test(fileName);
}

export function sidecarStem(fileName: string): string {
  return fileName.replace(/\.csl\.json$/i, '');
}

// Passthrough: particles, suffixes and the other CSL name parts must survive.
const name = z
  .object({ family: z.string(), given: z.string(), literal: z.string() })
  .partial()
  .passthrough();
const date = z
  .object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))) })
  .partial()
  .passthrough();
const item = z
  .object({
    type: z.string(),
    title: z.string(),
    author: z.array(name),
    'container-title': z.string(),
    publisher: z.string(),
    issued: date,
    URL: z.string(),
  })
  .partial()
  .passthrough();

/** The metadata in a sidecar (one item, or a list holding one), or the reason it is unusable. */
export function parseCslSidecar(text: string): { metadata: CslMetadata } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
  } catch (error) {
    return { error: `it is not JSON (${(error as Error).message})` };
  }
  const candidate = Array.isArray(json) ? json[0] : json;
  const parsed = item.safeParse(candidate);
  if (!parsed.success)
    return { error: `it is not a CSL-JSON item (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  const { id: _id, ...metadata } = parsed.data as CslMetadata & { id?: unknown };
  return { metadata };
}
