import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import type { StyleEntry } from '../../../shared/api/types';
import { builtinStyleNames, builtinStyles } from '../../../shared/cite/citationStyles';
import { writeOnce } from '../library/blobStore';
import { sha256 } from '../import/hash';
import { builtinStyleData, styleData } from './styleSource';
import { citationLocale } from './cslLocale';
import type { CitationLocale } from '../../../shared/cite/citationLocale';

const ADDED = /^added:([0-9a-f]{12})$/;

function titleOf(xml: string, fallback: string): string {
  const match = /<info>[\s\S]*?<title>([^<]+)<\/title>/.exec(xml);
  return (match?.[1] ?? fallback)
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}

/** A style's class as its root element declares it: no engine is built to list styles. */
function isNoteClass(xml: string): boolean {
  return /<style\b[^>]*\bclass\s*=\s*["']note["']/.test(xml);
}

/**
 * The built-in styles and those the writer added, kept in the library's styles/ folder. Listing
 * reads the files only; each was checked by citeproc-js when it was added.
 */
export async function listStyles(dir: string): Promise<StyleEntry[]> {
  const builtin = builtinStyleNames.map((id) => ({
    id,
    label: builtinStyles[id].label,
    note: builtinStyles[id].note,
  }));
  const files = await readdir(dir).catch(() => [] as string[]);
  const added: StyleEntry[] = [];
  for (const file of files.filter((f) => /^[0-9a-f]{12}\.csl$/.test(f)).sort()) {
    const xml = await readFile(join(dir, file), 'utf8');
    added.push({
      id: `added:${file.slice(0, 12)}`,
      label: titleOf(xml, file),
      note: isNoteClass(xml),
    });
  }
  return [...builtin, ...added];
}

/**
 * Adds a .csl file (Chicago 18th, a journal's house style…) to the library, after citeproc-js
 * has shown it can use it; the same file added twice is one style.
 */
export async function addStyle(dir: string, fileName: string, xml: string): Promise<StyleEntry> {
  const data = styleData({ cslXml: xml });
  // citeproc-js loads here, on the rare add, not when the library opens.
  const { isNoteStyle } = await import('../../../shared/cite/formatCitation');
  let entry: StyleEntry;
  try {
    entry = {
      id: `added:${sha256(xml).slice(0, 12)}`,
      label: titleOf(xml, fileName),
      note: isNoteStyle(data.style, await citationLocale(data.style, null)),
    };
  } catch (error) {
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords('{{file}} cannot be used as a citation style: {{why}}', {
        file: fileName,
        why: error instanceof ArchiveError && error.words ? error.words : (error as Error).message,
      }),
    );
  }
  await writeOnce(dir, `${entry.id.slice('added:'.length)}.csl`, xml);
  return entry;
}

/** A style's data: a built-in name, an added style's XML, or XML sent along. */
async function readStyle(dir: string, style: string | { cslXml: string }): Promise<unknown> {
  if (typeof style === 'object') return styleData(style).style;
  const added = ADDED.exec(style);
  if (!added) return (await builtinStyleData(style as (typeof builtinStyleNames)[number])).style;
  const xml = await readFile(join(dir, `${added[1]}.csl`), 'utf8').catch(() => {
    throw new ArchiveError('NOT_FOUND', `The added style ${style} is not in this library.`);
  });
  return styleData({ cslXml: xml }).style;
}

/**
 * A style as citeproc is given it, with the locale files for citing in `lang` (a CSL locale's
 * tag; none: the style's own default, else American English).
 */
export async function resolveStyle(
  dir: string,
  style: string | { cslXml: string },
  lang?: string | null,
): Promise<{ style: unknown; locale: CitationLocale }> {
  const data = await readStyle(dir, style);
  return { style: data, locale: await citationLocale(data, lang) };
}
