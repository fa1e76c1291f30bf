import type { CslMetadata, CslName } from '../model/source';

export const UNTITLED = 'Untitled';
const WORDS = 8;

/** A name as a reader would say it: "Jane Smith", or the name as written. */
function spoken(name: CslName): string {
  if (typeof name.literal === 'string' && name.literal.trim()) return name.literal.trim();
  return [name.given, name.family]
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .join(' ');
}

/** The first words of a text, cut at a word, with an ellipsis when there is more. */
export function firstWords(text: string, count = WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const head = words
    .slice(0, count)
    .join(' ')
    .replace(/[,;:.!?]+$/, '');
  return words.length > count ? `${head}…` : head;
}

/**
 * What a source with no title of its own is called wherever it is listed: "Untitled — " and who
 * wrote it, else its first heading, else its first words. Never a file name the writer did not
 * choose ("001_829ae42cf9adb9d6"); never taken for a title in a citation (the metadata has none).
 */
export function untitledName(metadata: CslMetadata, firstHeading?: string, text = ''): string {
  const who = (metadata.author ?? []).map(spoken).filter(Boolean);
  if (who.length) return `${UNTITLED} — ${who.length > 2 ? `${who[0]} et al.` : who.join(' and ')}`;
  if (firstHeading?.trim()) return `${UNTITLED} — ${firstWords(firstHeading)}`;
  const words = firstWords(text);
  return words ? `${UNTITLED} — ${words}` : UNTITLED;
}

/** Whether a source's title is one Dossier made up because the work has none. */
export function isUntitledName(title: string): boolean {
  return title === UNTITLED || title.startsWith(`${UNTITLED} — `);
}
