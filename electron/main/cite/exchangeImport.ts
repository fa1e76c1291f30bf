import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { inEnglish } from '../../../shared/text/wording';
import { referenceWords } from '../../../shared/import/referenceWords';
import { Cite } from '@citation-js/core';
import { bibtexChunks, type BibChunk } from '../../../shared/import/bibtexChunks';
import {
  braceNesting,
  MAX_BRACE_NESTING,
  MAX_RECORDS,
  tooMany,
} from '../../../shared/import/inputLimits';
import { biblatexWords, genreWords } from '../../../shared/import/biblatexKeys';
import { mergeEmbedded } from '../../../shared/import/embeddedRecord';
import { plainFromLatex } from '../../../shared/import/latexResidue';
import type { CslName } from '../../../shared/model/source';
import { risRecords, type RisRecord } from '../../../shared/import/risRecords';
import { formatOne, risEntry, takeEmbedded, type CslItem } from './exchangeFormats';

type Fields = Record<string, unknown>;

/** What a BibTeX, RIS or CSL-JSON file holds, record by record. */
export interface ExchangeRead {
  /** Each record as CSL-JSON, still to be checked, with words that point the writer at it. */
  records: { item: unknown; label: string }[];
  /** Entries that could not be read at all, each named with its line. */
  setAside: string[];
  /** Things the writer should know about records that were read. */
  notes: string[];
}

/**
 * The records of a BibTeX/biblatex, RIS or CSL-JSON file as CSL-JSON. Each entry is read on its
 * own terms: one bad entry is set aside and named, the rest come in.
 */
export function readExchangeFile(
  text: string,
  format: 'bibtex' | 'ris' | 'csl-json',
): ExchangeRead {
  if (format === 'csl-json') {
    const data = parseBoundedJson(text);
    const items = Array.isArray(data) ? data : [data];
    checkRecordCount(items.length);
    return {
      records: items.map((item, index) => ({
        item,
        label: cslJsonLabel(index + 1, item),
      })),
      setAside: [],
      notes: [],
    };
  }
  const read = format === 'bibtex' ? readBibtex(text) : readRis(text);
  if (read.records.length === 0)
    throw new Error(
      read.setAside.length === 1
        ? read.setAside[0]!
        : read.setAside.length
          ? `none of its ${read.setAside.length} entries could be read (${read.setAside[0]!})`
          : `no ${format === 'bibtex' ? 'BibTeX entries' : 'RIS records'} were found in it`,
    );
  return read;
}

// ---------------------------------------------------------------------------------------------
// BibTeX and biblatex

/** A file of more records than a library export holds is refused before any is read. */
function checkRecordCount(n: number): void {
  if (n > MAX_RECORDS)
    throw new Error(inEnglish(tooMany('records', n, MAX_RECORDS, 'split it into smaller files')));
}

function readBibtex(text: string): ExchangeRead {
  const chunks = bibtexChunks(text);
  checkRecordCount(chunks.length);
  const strings = chunks.filter((c) => c.kind === 'string').map((c) => c.text);
  const notes: string[] = [];
  // biblatex's @set groups entries cited together; it is no work of its own, and its members
  // come in as they are.
  for (const set of chunks.filter((c) => c.kind === 'entry' && /^set$/i.test(c.type))) {
    const members = /\bentryset\s*=\s*[{"]([^}"]*)/i.exec(set.text)?.[1]?.trim();
    notes.push(
      members
        ? referenceWords(
            '{{label}} is a set of entries ({{members}}), not a work: its members are imported on their own',
            { label: entryLabel(set), members },
          )
        : referenceWords(
            '{{label}} is a set of entries, not a work: its members are imported on their own',
            { label: entryLabel(set) },
          ),
    );
  }
  const entries = chunks
    .filter((c) => c.kind === 'entry' && !/^set$/i.test(c.type))
    .map((chunk) => {
      const { text: bare, embedded } = takeEmbedded(starless(chunk.text));
      return { chunk, bare, embedded };
    });
  const setAside: string[] = [];
  const parse = (bodies: string[]): Fields[] =>
    new Cite([...strings, ...bodies].join('\n'), { forceType: '@biblatex/text' }).data as Fields[];
  let parsed: Fields[];
  // The parser recurses once per brace: an entry nested deeper than any field needs is set aside.
  const tooDeep = (e: (typeof entries)[number]) => braceNesting(e.bare) > MAX_BRACE_NESTING;
  const good = entries.filter((e) => !e.chunk.unclosed && !tooDeep(e));
  for (const e of entries)
    if (e.chunk.unclosed)
      setAside.push(setAsideLine(entryLabel(e.chunk), referenceWords('its braces never close')));
    else if (tooDeep(e))
      setAside.push(
        setAsideLine(
          entryLabel(e.chunk),
          referenceWords(
            'its braces are nested {{depth}} deep, more than the {{limit}} Dossier follows',
            {
              depth: braceNesting(e.bare).toLocaleString('en'),
              limit: String(MAX_BRACE_NESTING),
            },
          ),
        ),
      );
  try {
    parsed = parse(good.map((e) => e.bare));
  } catch {
    // Find which entries the parser refuses, then read the rest together (cross-references
    // between entries are resolved only within one reading).
    const readable = good.filter((e) => {
      try {
        parse([e.bare]);
        return true;
      } catch (error) {
        setAside.push(setAsideLine(entryLabel(e.chunk), firstLine(error)));
        return false;
      }
    });
    good.splice(0, good.length, ...readable);
    parsed = readable.length ? parse(readable.map((e) => e.bare)) : [];
  }
  const records = good.map((entry, index) => {
    // The parser returns one item per entry, in order.
    const visible = tidyBibtex(parsed[index] ?? {});
    const label = entryLabel(entry.chunk);
    const item = withEmbedded(visible, entry.embedded, rereadBibtex, label, notes);
    return { item: withKey(item, entry.chunk.key, entry.embedded), label };
  });
  return { records, setAside, notes };
}

/** biblatex's starred commands (\enquote*{…}) print as the plain ones; the parser knows only those. */
const starless = (text: string) => text.replace(/\\([A-Za-z]+)\*/g, '\\$1');

const entryLabel = (chunk: BibChunk) =>
  referenceWords('entry {{key}} (line {{line}})', {
    key: chunk.key || `@${chunk.type}`,
    line: String(chunk.line),
  });

const setAsideLine = (label: string, reason: string) =>
  referenceWords('{{label}} was set aside: {{reason}}', { label, reason });

// Identifiers are copied, not typeset: "~" and "\_" in a URL are the URL's.
const VERBATIM = new Set(['URL', 'DOI', 'ISBN', 'ISSN', 'PMID', 'PMCID', 'id', 'citation-key']);
const KEYED = new Set(['genre', 'publisher-place', 'collection-title', 'status', 'event-place']);

/** The parser's item without its bookkeeping, with leftover LaTeX as text and biblatex keys as words. */
function tidyBibtex(item: Fields): Fields {
  const tidy: Fields = {};
  for (const [field, value] of Object.entries(withoutBookkeeping(item))) {
    if (typeof value === 'string' && !VERBATIM.has(field)) {
      const text = plainFromLatex(value);
      tidy[field] =
        field === 'genre' ? genreWords(text) : KEYED.has(field) ? biblatexWords(text) : text;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      // biblatex lists ("publisher = {A and B}"); CSL has one string, items joined by "; ".
      tidy[field] = (value as string[]).map(plainFromLatex).join('; ');
    } else if (Array.isArray(value) && value.every(isName)) {
      tidy[field] = value.map((name) =>
        Object.fromEntries(
          Object.entries(name).map(([part, v]) => [
            part,
            typeof v === 'string' ? plainFromLatex(v) : v,
          ]),
        ),
      );
    } else tidy[field] = value;
  }
  return tidy;
}

const isName = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('date-parts' in value);

/**
 * The entry's own key is the writer's (\cite{aksin} depends on it). A key Dossier made from its
 * own id when it exported the entry is not.
 */
function withKey(item: Fields, key: string, embedded: CslItem | null | undefined): Fields {
  if (!key || (embedded && embedded.id === key)) return item;
  return { ...item, 'citation-key': key };
}

// ---------------------------------------------------------------------------------------------
// RIS

function readRis(text: string): ExchangeRead {
  const setAside: string[] = [];
  const notes: string[] = [];
  const records: ExchangeRead['records'] = [];
  const all = risRecords(text);
  checkRecordCount(all.length);
  all.forEach((record, index) => {
    const { text: bare, embedded } = takeEmbedded(record.text);
    const number = String(index + 1);
    const line = String(record.line);
    let label = referenceWords('record {{number}} (line {{line}})', { number, line });
    try {
      const visible = visibleRis({ ...record, text: bare });
      const title = titleOf(visible);
      if (title)
        label = referenceWords('record {{number}} “{{title}}” (line {{line}})', {
          number,
          title,
          line,
        });
      records.push({ item: withEmbedded(visible, embedded, rereadRis, label, notes), label });
    } catch (error) {
      setAside.push(setAsideLine(label, firstLine(error)));
    }
  });
  return { records, setAside, notes };
}

/** What one RIS record's tags say, read as citation-js reads them and put right where it errs. */
function visibleRis(record: RisRecord): Fields {
  const [parsed] = new Cite(record.text, { forceType: '@ris/file' }).data as Fields[];
  if (!parsed) throw new Error('it has no fields');
  return withTranslation(withTaggedFields(withoutBookkeeping(parsed), record.text), record);
}

/** What an item's RIS record, as Dossier writes it, reads back as. */
function rereadRis(item: CslItem): Fields {
  const [record] = risRecords(risEntry(item));
  return record ? visibleRis(record) : {};
}

/** What an item's BibTeX entry, as Dossier writes it, reads back as. */
function rereadBibtex(item: CslItem): Fields {
  const [parsed] = new Cite(formatOne(item, 'bibtex'), { forceType: '@biblatex/text' })
    .data as Fields[];
  return parsed ? tidyBibtex(parsed) : {};
}

/** RIS writes names "Family, Given, Suffix"; a name without a comma is one whole name. */
function risPerson(raw: string): CslName {
  const [family, given, suffix] = raw.split(',').map((part) => part.trim());
  if (!given) return { literal: family ?? raw };
  return { family: family!, given, ...(suffix ? { suffix } : {}) };
}

const tagValues = (record: string, tags: string[]) =>
  record
    .split('\n')
    .filter((line) => tags.includes(line.slice(0, 2)) && line.startsWith('  - ', 2))
    .map((line) => line.slice(6).trim())
    .filter(Boolean);

/**
 * citation-js maps tags by record type, and for some types it drops the title and the AU
 * authors or puts another role (C4, a reviewer) in their place. AU and TI mean the same in every
 * type, so they are read directly where the parser's reading disagrees with them.
 */
function withTaggedFields(item: Fields, record: string): Fields {
  const fixed = { ...item };
  const [title] = tagValues(record, ['TI', 'T1']);
  if (title && typeof fixed.title !== 'string') fixed.title = title;
  // Wrapped title lines arrive with the line break's spaces doubled.
  if (typeof fixed.title === 'string') fixed.title = fixed.title.replace(/\s+/g, ' ').trim();
  const authors = tagValues(record, ['AU']).map(risPerson);
  const parsed = (fixed.author as { family?: string; literal?: string }[] | undefined) ?? [];
  const family = (name: { family?: string; literal?: string }) => name.family ?? name.literal;
  // citation-js also files a newspaper's AU names as bare strings under "reporter".
  if (authors.length && Array.isArray(fixed.reporter)) delete fixed.reporter;
  if (
    authors.length &&
    (parsed.length !== authors.length ||
      parsed.some((name, i) => family(name) !== family(authors[i]!)))
  )
    fixed.author = authors;
  return fixed;
}

/** TT and TA describe a translation; CSL has no field for them, so they go to its `custom`. */
function withTranslation(item: Fields, record: RisRecord): Fields {
  if (!record.translatedTitle && !record.translatedAuthors) return item;
  const custom = { ...(item.custom as Fields | undefined) };
  if (record.translatedTitle) custom['translated-title'] = record.translatedTitle;
  if (record.translatedAuthors)
    custom['translated-author'] = record.translatedAuthors.map(risPerson);
  return { ...item, custom };
}

// ---------------------------------------------------------------------------------------------

/** The embedded Dossier record where the entry still says what it said; the entry where not. */
function withEmbedded(
  visible: Fields,
  embedded: CslItem | null | undefined,
  reread: (item: CslItem) => Fields,
  label: string,
  notes: string[],
): Fields {
  if (embedded === undefined) return visible;
  if (embedded === null) {
    notes.push(
      referenceWords(
        '{{label}}: its Dossier record could not be read, so its visible fields were used',
        { label },
      ),
    );
    return visible;
  }
  const { id: _id, ...record } = embedded as Fields;
  const { item, edited } = mergeEmbedded(record, visible, reread(embedded));
  if (edited.length)
    notes.push(
      referenceWords(
        '{{label}} was edited outside Dossier; its {{fields}} were taken from the file',
        {
          label,
          fields: edited.join(', '),
        },
      ),
    );
  return item;
}

/** An item as citation-js returns it, without its own bookkeeping; the key is the entry's. */
function withoutBookkeeping(item: Fields): Fields {
  const { _graph, id: _id, 'citation-key': _key, ...fields } = item;
  return fields;
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');

/** A record's title, so the writer can find it in the file. */
function titleOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const { title } = record as { title?: unknown };
  return typeof title === 'string' && title ? title.slice(0, 80) : null;
}

/** A CSL-JSON record named by its place, id and title, as the writer would look for it. */
function cslJsonLabel(index: number, record: unknown): string {
  const number = String(index);
  const { id } = (typeof record === 'object' && record !== null ? record : {}) as { id?: unknown };
  const title = titleOf(record);
  if (typeof id === 'string' || typeof id === 'number')
    return title
      ? referenceWords('record {{number}} ({{id}} “{{title}}”)', { number, id: String(id), title })
      : referenceWords('record {{number}} ({{id}})', { number, id: String(id) });
  return title
    ? referenceWords('record {{number}} (“{{title}}”)', { number, title })
    : referenceWords('record {{number}}', { number });
}
