import type { Wording } from '../../../shared/text/wording';
import { t } from './i18n';

/**
 * A message the service worded (see shared/text/wording.ts) in the window's language: its text
 * from the catalogue, each value put in as written, or worded in turn where it is a wording.
 */
export function wordingText(wording: Wording): string {
  const values = Object.fromEntries(
    Object.entries(wording.values).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : wordingText(value),
    ]),
  );
  return t(wording.text, values);
}
