import { JsonTooDeep, parseBoundedJson } from './boundedJson';
import { checkCslItem } from '../model/cslCheck';
import type { CslMetadata } from '../model/source';

/** A `NAME.csl.json` beside `NAME.txt` holds the metadata of that text. */
export function isCslSidecar(fileName: string): boolean {
  return /\.csl\.json$/i.test(fileName);
}

export function sidecarStem(fileName: string): string {
  return fileName.replace(/\.csl\.json$/i, '');
}

/**
 * The metadata in a sidecar (one item, or a list holding one) with what was repaired in it, or
 * the reason it is unusable.
 */
export function parseCslSidecar(
  text: string,
): { metadata: CslMetadata; repairs: string[] } | { error: string } {
  let json: unknown;
  try {
    json = parseBoundedJson(text);
  } catch (error) {
    return {
      error:
        error instanceof JsonTooDeep
          ? error.message
          : `it is not JSON (${(error as Error).message})`,
    };
  }
  const candidate = Array.isArray(json) ? json[0] : json;
  const checked = checkCslItem(candidate);
  if (!checked.ok) return { error: checked.reason };
  const { id: _id, ...metadata } = checked.item as CslMetadata & { id?: unknown };
  return { metadata, repairs: checked.repairs };
}
