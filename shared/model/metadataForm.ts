import type { CslMetadata, CslName } from './source';

/** The kinds of work writers cite most, as CSL types, in the order the editor offers them. */
export const sourceTypes: readonly { type: string; label: string }[] = [
  { type: 'webpage', label: 'Web article' },
  { type: 'post-weblog', label: 'Blog post' },
  { type: 'post', label: 'Comment or forum post' },
  { type: 'broadcast', label: 'Podcast episode or broadcast' },
  { type: 'article-newspaper', label: 'Newspaper article' },
  { type: 'article-magazine', label: 'Magazine article' },
  { type: 'article-journal', label: 'Journal article' },
  { type: 'report', label: 'Report' },
  { type: 'book', label: 'Book' },
  { type: 'chapter', label: 'Book chapter' },
  { type: 'document', label: 'Other document' },
];

/** A name as the editor holds it: a person's family and given names, or one literal name. */
export interface NameRow {
  kind: 'person' | 'literal';
  family: string;
  given: string;
  literal: string;
}

export interface MetadataForm {
  type: string;
  title: string;
  authors: NameRow[];
  translators: NameRow[];
  container: string;
  publisher: string;
  issued: string;
  accessed: string;
  URL: string;
  language: string;
  genre: string;
  citationKey: string;
}

function rowOf(name: CslName): NameRow {
  return name.literal !== undefined
    ? { kind: 'literal', family: '', given: '', literal: name.literal }
    : { kind: 'person', family: name.family ?? '', given: name.given ?? '', literal: '' };
}

/** CSL date parts as the writer reads and types them: 2022-01-07. */
export function dateText(value: unknown): string {
  const parts = (value as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  return parts
    ? parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-')
    : '';
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function typeLabel(type: unknown): string | undefined {
  return sourceTypes.find((t) => t.type === type)?.label;
}

export function toForm(metadata: CslMetadata): MetadataForm {
  return {
    type: text(metadata.type) || 'webpage',
    title: text(metadata.title),
    authors: (metadata.author ?? []).map(rowOf),
    translators: ((metadata.translator as CslName[] | undefined) ?? []).map(rowOf),
    container: text(metadata['container-title']),
    publisher: text(metadata.publisher),
    issued: dateText(metadata.issued),
    accessed: dateText(metadata.accessed),
    URL: text(metadata.URL),
    language: text(metadata.language),
    genre: text(metadata.genre),
    citationKey: text(metadata['citation-key']),
  };
}

/** "2022", "2022-01" or "2022-01-07" as CSL date parts; null for an empty field. */
export function parseDateField(value: string): { 'date-parts': number[][] } | null | 'invalid' {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(trimmed);
  if (!match) return 'invalid';
  const parts = [match[1], match[2], match[3]].filter(Boolean).map(Number);
  const [, month, day] = parts;
  if (month !== undefined && (month < 1 || month > 12)) return 'invalid';
  if (day !== undefined && (day < 1 || day > 31)) return 'invalid';
  return { 'date-parts': [parts] };
}

function namesOf(rows: NameRow[]): CslName[] {
  return rows.flatMap((row): CslName[] => {
    if (row.kind === 'literal') return row.literal.trim() ? [{ literal: row.literal.trim() }] : [];
    const family = row.family.trim();
    const given = row.given.trim();
    if (!family && !given) return [];
    return [{ ...(family ? { family } : {}), ...(given ? { given } : {}) }];
  });
}

/** What is wrong with the form, field by field; empty when it can be saved. */
/** What the form says of a value it cannot take: the window shows each in the writer's language. */
export const FORM_HINTS = {
  date: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.',
  url: 'A URL starts with http:// or https://.',
  key: 'A citation key has no spaces, commas, braces, quotes or # % = ~ \\.',
} as const;

export function formErrors(form: MetadataForm): Partial<Record<keyof MetadataForm, string>> {
  const errors: Partial<Record<keyof MetadataForm, string>> = {};
  const dateHint = FORM_HINTS.date;
  if (parseDateField(form.issued) === 'invalid') errors.issued = dateHint;
  if (parseDateField(form.accessed) === 'invalid') errors.accessed = dateHint;
  if (form.URL.trim() && !/^https?:\/\/\S+$/i.test(form.URL.trim())) {
    errors.URL = FORM_HINTS.url;
  }
  // The characters BibTeX and LaTeX's \cite cannot take in a key.
  if (/[\s,{}()"#%'=\\~]/.test(form.citationKey.trim())) {
    errors.citationKey = FORM_HINTS.key;
  }
  return errors;
}

/**
 * The form as CSL-JSON over the metadata it was made from: the fields the form edits are set
 * or, when emptied, removed; every other field (page, DOI, particles…) is kept as it was.
 */
export function fromForm(form: MetadataForm, base: CslMetadata): CslMetadata {
  const result: CslMetadata = { ...base };
  const set = (field: string, value: unknown) => {
    const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) delete result[field];
    else result[field] = value;
  };
  const date = (value: string) => {
    const parsed = parseDateField(value);
    return parsed === 'invalid' ? null : parsed;
  };
  // A name's other parts (particles, suffixes) survive an edit that keeps the same name.
  const keepParts = (rows: CslName[], before: CslName[] | undefined) =>
    rows.map((name, i) => {
      const old = before?.[i];
      return old &&
        old.family === name.family &&
        old.given === name.given &&
        old.literal === name.literal
        ? old
        : name;
    });
  set('type', form.type);
  set('title', form.title.trim());
  set('author', keepParts(namesOf(form.authors), base.author));
  set('translator', keepParts(namesOf(form.translators), base.translator as CslName[] | undefined));
  set('container-title', form.container.trim());
  set('publisher', form.publisher.trim());
  set('issued', date(form.issued));
  set('accessed', date(form.accessed));
  set('URL', form.URL.trim());
  set('language', form.language.trim());
  set('genre', form.genre.trim());
  set('citation-key', form.citationKey.trim());
  return result;
}
