import { ArchiveError } from '../../../shared/api/errors';
import {
  localeTag,
  unknownLocale,
  type CitationLocale,
  type LocaleNames,
} from '../../../shared/cite/citationLocale';
import names from './cslLocales/locales.json';
import { shippedFile } from './shippedFile';

export const localeNames = names as unknown as LocaleNames;

function localeFile(tag: string): Promise<string | null> {
  return shippedFile(
    () => import('./cslFiles').then((m) => m.localeFiles),
    'cslLocales',
    `locales-${tag}.xml`,
  );
}

/** The tag of a locale Dossier carries for what the writer typed; refused with the list if none. */
export function knownLocale(wanted: string): string {
  const tag = localeTag(wanted, localeNames);
  if (!tag) throw new ArchiveError('INVALID_INPUT', unknownLocale(wanted, localeNames));
  return tag;
}

/** The style's own default-locale attribute, read from its XML. */
function styleDefault(style: unknown): string | null {
  if (typeof style !== 'string') return null;
  return /default-locale="([^"]+)"/u.exec(style)?.[1] ?? null;
}

/**
 * The locale files a citation in `lang` may need: that language (or, with none chosen, the
 * style's own default), and en-US, which citeproc-js falls back to term by term.
 */
export async function citationLocale(
  style: unknown,
  lang: string | null | undefined,
): Promise<CitationLocale> {
  const chosen = lang ? knownLocale(lang) : null;
  const fallback = styleDefault(style);
  const wanted = [chosen, fallback && localeTag(fallback, localeNames), 'en-US'];
  const tags = [...new Set(wanted.filter((t): t is string => Boolean(t)))];
  const loadedFiles: Record<string, string> = {};
  for (const tag of tags) {
    const xml = await localeFile(tag);
    if (xml) loadedFiles[tag] = xml;
  }
  return { lang: chosen, files: loadedFiles };
}
