import type { CslName } from './source';

/** A CSL name as it is written: the literal name, or given and family names in that order. */
export function nameText(name: CslName): string {
  return name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
}
