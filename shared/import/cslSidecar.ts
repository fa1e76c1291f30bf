import { cslItemSchema } from '../model/cslSchema';
import type { CslMetadata } from '../model/source';

/** A `NAME.csl.json` beside `NAME.txt` holds the metadata of that text. */
export function isCslSidecar(fileName: string): boolean {
  return /\.csl\.json$/i.test(fileName);
}

export function sidecarStem(fileName: string): string {
  return fileName.replace(/\.csl\.json$/i, '');
}

/** The metadata in a sidecar (one item, or a list holding one), or the reason it is unusable. */
export function parseCslSidecar(text: string): { metadata: CslMetadata } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
  } catch (error) {
    return { error: `it is not JSON (${(error as Error).message})` };
  }
  const candidate = Array.isArray(json) ? json[0] : json;
  const parsed = cslItemSchema.safeParse(candidate);
  if (!parsed.success)
    return { error: `it is not a CSL-JSON item (${parsed.error.issues[0]?.message ?? 'invalid'})` };
  const { id: _id, ...metadata } = parsed.data as CslMetadata & { id?: unknown };
  return { metadata };
}
