import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslMetadata, CslName } from '../../../shared/model/source';

export type ExchangeFormat = 'bibtex' | 'ris' | 'csl-json';
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
  `(?:${BIBTEX_FIELD}\\s*=\\s*\\{([A-Za-z0-9_-]+)\\},?|^${RIS_TAG}  - ${RIS_PREFIX}([A-Za-z0-9_-]+))\\s*$`,
  'gm',
);

// BibTeX in UTF-8, as biber and every current reader takes it: Cyrillic titles stay Cyrillic
// instead of being dropped for want of a LaTeX escape.
(plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

const encode = (item: CslItem) => Buffer.from(JSON.stringify(item)).toString('base64url');

function citeOne(item: CslItem, format: 'bibtex' | 'ris'): string {
  // The source's id is the citation key, so a key stays the same from one export to the next.
  return new Cite([{ ...item, 'citation-key': item.id }]).format(format, { type: 'text' }).trim();
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

/** Entries in BibTeX, each with its Dossier record embedded. */
export function toBibtex(items: readonly CslItem[]): string {
  return items
    .map((item) =>
      citeOne(item, 'bibtex').replace(/\n\}$/, `\n\t${BIBTEX_FIELD} = {${encode(item)}},\n}`),
    )
    .join('\n\n')
    .concat('\n');
}

/** Records in RIS, each with its Dossier record embedded. */
export function toRis(items: readonly CslItem[]): string {
  return items
    .map((item) =>
      withAuthors(citeOne(item, 'ris'), item).replace(
        /\nER {2}- ?$/,
        `\n${RIS_TAG}  - ${RIS_PREFIX}${encode(item)}\nER  - `,
      ),
    )
    .join('\n\n')
    .concat('\n');
}

function decodeEmbedded(value: string): CslItem | null {
  try {
    const item = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    return item && typeof item === 'object' && !Array.isArray(item) ? (item as CslItem) : null;
  } catch {
    return null;
  }
}

/** citation-js's bookkeeping, not bibliographic data. */
function clean(item: Record<string, unknown>): CslMetadata {
  const { _graph, 'citation-key': _key, ...rest } = item;
  return rest as CslMetadata;
}

/**
 * The items of a BibTeX, RIS or CSL-JSON file as CSL-JSON. Entries Dossier wrote come back from
 * their embedded record; others as citation-js reads them.
 */
export function parseExchangeFile(text: string, format: ExchangeFormat): unknown[] {
  if (format === 'csl-json') {
    const data: unknown = JSON.parse(text, (key, value: unknown) =>
      key === '__proto__' ? undefined : value,
    );
    // Each item is checked by the caller, so one bad item is set aside alone.
    return Array.isArray(data) ? data : [data];
  }
  const embedded = [...text.matchAll(EMBEDDED)].map((m) => decodeEmbedded(m[1] ?? m[2] ?? ''));
  const parsed = new Cite(text.replace(EMBEDDED, ''), {
    forceType: format === 'bibtex' ? '@bibtex/text' : '@ris/file',
  }).data.map(clean);
  if (parsed.length === 0)
    throw new Error(
      `no ${format === 'bibtex' ? 'BibTeX entries' : 'RIS records'} were found in it`,
    );
  // Only when every entry carries its record can records and entries be paired by position.
  if (embedded.length === parsed.length && embedded.every(Boolean)) return embedded as CslItem[];
  return parsed;
}
