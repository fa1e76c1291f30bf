import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslMetadata, CslName } from '../../../shared/model/source';

export type CslItem = CslMetadata & { id: string; type: string };

/**
 * BibTeX and RIS have no place for much of what a citation needs (a comment's genre, a
 * translator, an accessed date, an organisation as author), so each entry Dossier writes also
 * carries its whole CSL-JSON item in one field other programs ignore: a library comes back from
 * its own export with every field.
 */
const BIBTEX_FIELD = 'x-dossier-csl';
const RIS_TAG = 'C8';
const RIS_PREFIX = 'dossier-csl:';
const EMBEDDED = new RegExp(
  `(?:${BIBTEX_FIELD}\\s*=\\s*\\{([A-Za-z0-9_-]+)\\},?|^${RIS_TAG}  - ${RIS_PREFIX}([A-Za-z0-9_-]+))[ \\t]*(?:\\r?\\n|$)`,
  'gm',
);

// BibTeX in UTF-8, as biber and every current reader takes it: Cyrillic titles stay Cyrillic
// instead of being dropped for want of a LaTeX escape.
(plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

const encode = (item: CslItem) => Buffer.from(JSON.stringify(item)).toString('base64url');

// The writer's own keys ("aristotle:anima", "baez/article") are valid BibTeX; citation-js would
// replace any with ":" or "/" by a made-up label unless told the key has been checked here.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;
const KEY_UNSAFE = /[\s,{}()"#%'=\\~]/g;

/** The key an entry is written with: the writer's citation key, else the source's id. */
export function exportKey(item: CslItem): string {
  const own =
    typeof item['citation-key'] === 'string' ? item['citation-key'].replace(KEY_UNSAFE, '') : '';
  return own || item.id;
}

/** One item in BibTeX or RIS, as citation-js writes it, with RIS lines left whole. */
export function formatOne(item: CslItem, format: 'bibtex' | 'ris'): string {
  const text = new Cite([{ ...item, 'citation-key': exportKey(item) }])
    .format(format, { type: 'text' })
    .trim();
  // citation-js cuts RIS lines at 70 characters, mid-word ("Nachgelassen\ne"); RIS has no such
  // limit, and readers join the pieces with a space.
  return format === 'ris' ? text.replace(/\n(?![A-Z][A-Z0-9] {2}-( |$))/g, '') : text;
}

function risName(name: CslName): string {
  return name.literal ?? [name.family, name.given].filter(Boolean).join(', ');
}

/** citation-js's RIS leaves out the authors of some types (newspaper articles among them). */
function withAuthors(ris: string, item: CslItem): string {
  if (/^(AU|A1) {2}- /m.test(ris) || !item.author?.length) return ris;
  return ris.replace(/^(TY {2}- .*)$/m, (ty) =>
    [ty, ...item.author!.map((a) => `AU  - ${risName(a)}`)].join('\n'),
  );
}

/** A translation's title and authors (kept in CSL's `custom`) back in RIS's TT and TA. */
function withTranslation(ris: string, item: CslItem): string {
  const custom = (item.custom ?? {}) as {
    'translated-title'?: unknown;
    'translated-author'?: unknown;
  };
  const lines: string[] = [];
  if (typeof custom['translated-title'] === 'string')
    lines.push(`TT  - ${custom['translated-title']}`);
  if (Array.isArray(custom['translated-author']))
    for (const name of custom['translated-author'] as CslName[])
      lines.push(`TA  - ${risName(name)}`);
  return lines.length ? ris.replace(/\nER {2}- ?$/, `\n${lines.join('\n')}\nER  - `) : ris;
}

/** One record in RIS as Dossier writes it, before its Dossier record is added. */
export function risEntry(item: CslItem): string {
  return withTranslation(withAuthors(formatOne(item, 'ris'), item), item);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * citation-js writes a day into BibTeX's month ("month = {nov 18}"), which BibTeX and Pandoc
 * read as no month, and a web page's address twice (url and howpublished). The entry gets the
 * month as BibTeX's own macro, the whole date in biblatex's ISO `date` (which Pandoc reads
 * first), and the address once.
 */
function withIsoDateAndOneUrl(entry: string, item: CslItem): string {
  const parts = item.issued?.['date-parts']?.[0];
  let text = entry;
  if (parts && parts.length >= 2 && MONTHS[parts[1]! - 1]) {
    const iso = parts.map((p, i) => String(p).padStart(i ? 2 : 4, '0')).join('-');
    text = text.replace(
      /^\tmonth = \{[^}\n]*\},$/m,
      `\tmonth = ${MONTHS[parts[1]! - 1]},\n\tdate = {${iso}},`,
    );
  }
  const url = /^\turl = \{([^}\n]*)\},$/m.exec(text)?.[1];
  if (url)
    text = text.replace(/^\thowpublished = \{([^}\n]*)\},\n/m, (line, value: string) =>
      value === url || value === `\\url{${url}}` ? '' : line,
    );
  return text;
}

/** Entries in BibTeX, each with its Dossier record embedded. */
export function toBibtex(items: readonly CslItem[]): string {
  return uniqueKeys(items)
    .map((item) =>
      withIsoDateAndOneUrl(formatOne(item, 'bibtex'), item).replace(
        /\n\}$/,
        `\n\t${BIBTEX_FIELD} = {${encode(item)}},\n}`,
      ),
    )
    .join('\n\n')
    .concat('\n');
}

/** Records in RIS, each with its Dossier record embedded. */
export function toRis(items: readonly CslItem[]): string {
  return uniqueKeys(items)
    .map((item) =>
      risEntry(item).replace(
        /\nER {2}- ?$/,
        `\n${RIS_TAG}  - ${RIS_PREFIX}${encode(item)}\nER  - `,
      ),
    )
    .join('\n\n')
    .concat('\n');
}

/** Two sources given the same key elsewhere keep it apart in one file: "smith2020", "smith2020-2". */
function uniqueKeys(items: readonly CslItem[]): CslItem[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const key = exportKey(item);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? item : { ...item, 'citation-key': `${key}-${count}` };
  });
}

function decodeEmbedded(value: string): CslItem | null {
  try {
    const item = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    return item && typeof item === 'object' && !Array.isArray(item) ? (item as CslItem) : null;
  } catch {
    return null;
  }
}

/**
 * One entry's text without its embedded Dossier record, and that record: undefined when it has
 * none, null when it has one that cannot be read.
 */
export function takeEmbedded(entry: string): {
  text: string;
  embedded: CslItem | null | undefined;
} {
  let embedded: CslItem | null | undefined;
  const text = entry.replace(EMBEDDED, (_whole, bib?: string, ris?: string) => {
    embedded = decodeEmbedded(bib ?? ris ?? '');
    return '';
  });
  return { text, embedded };
}
