import type { CslMetadata, CslName } from '../model/source';
import { dateParts, personName } from './personName';

/** Front-matter keys writers and static-site tools use, and the CSL field each means. */
const TEXT_FIELDS: Record<string, string> = {
  title: 'title',
  site: 'container-title',
  site_name: 'container-title',
  publication: 'container-title',
  container: 'container-title',
  'container-title': 'container-title',
  journal: 'container-title',
  publisher: 'publisher',
  url: 'URL',
  link: 'URL',
  canonical: 'URL',
  canonical_url: 'URL',
  source: 'URL',
  language: 'language',
  lang: 'language',
  doi: 'DOI',
  genre: 'genre',
  abstract: 'abstract',
  description: 'abstract',
};
const DATE_FIELDS: Record<string, string> = {
  date: 'issued',
  published: 'issued',
  issued: 'issued',
  accessed: 'accessed',
  retrieved: 'accessed',
};
const NAME_FIELDS: Record<string, string> = {
  author: 'author',
  authors: 'author',
  by: 'author',
  translator: 'translator',
  translators: 'translator',
  editor: 'editor',
  editors: 'editor',
};

function names(value: unknown): CslName[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((entry): CslName[] => {
    if (typeof entry === 'string' && entry.trim()) return [personName(entry)];
    if (entry && typeof entry === 'object') {
      const { family, given, literal, name } = entry as Record<string, unknown>;
      if (typeof literal === 'string') return [{ literal }];
      if (typeof family === 'string')
        return [{ family, ...(typeof given === 'string' ? { given } : {}) }];
      if (typeof name === 'string') return [personName(name)];
    }
    return [];
  });
}

function dateValue(value: unknown): number[] | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  }
  if (typeof value === 'number') return dateParts(String(value));
  return typeof value === 'string' ? dateParts(value) : null;
}

/**
 * A Markdown file's front matter as CSL-JSON: the keys writers use (title, author, date, url,
 * site…) mapped to the fields a citation reads. Keys it does not know are left out, not guessed.
 */
export function frontMatterMetadata(data: Record<string, unknown>): CslMetadata {
  const metadata: CslMetadata = {};
  for (const [rawKey, value] of Object.entries(data)) {
    const key = rawKey.toLowerCase();
    if (key in TEXT_FIELDS && (typeof value === 'string' || typeof value === 'number')) {
      metadata[TEXT_FIELDS[key]!] ??= String(value).trim();
    } else if (key in DATE_FIELDS) {
      const parts = dateValue(value);
      if (parts) metadata[DATE_FIELDS[key]!] ??= { 'date-parts': [parts] };
    } else if (key in NAME_FIELDS) {
      const list = names(value);
      if (list.length) metadata[NAME_FIELDS[key]!] ??= list;
    } else if (key === 'type' && typeof value === 'string' && /^[a-z-]+$/.test(value)) {
      metadata.type = value;
    }
  }
  return metadata;
}
