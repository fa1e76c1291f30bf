import type { ForeignAnnotation, ReadAnnotations } from './foreignAnnotation';
import { aside, countedAside } from './asideWords';

/** The line Kindle writes between clippings. */
const SEPARATOR = /^={10}\s*$/m;

// Kindles write the kind and place of a clipping in the device's language; these are the words
// of the languages Kindle ships, matched loosely so a reworded firmware still reads.
const KIND_WORDS: [RegExp, Clipping['kind']][] = [
  [
    /bookmark|lesezeichen|marcador|signet|segnalibro|закладк|书签|ブックマーク|bladwijzer/iu,
    'bookmark',
  ],
  [/note|notiz|nota\b|заметк|笔记|メモ|notitie/iu, 'note'],
  [
    /highlight|markierung|subrayado|surlignement|evidenziazione|destaque|выделени|标注|ハイライト|markering/iu,
    'highlight',
  ],
];
const PAGE = /(?:page|seite|página|pagina|pág\.|стр\.?|страниц[аеы]|ページ|第)\s*(\d+)/iu;
const LOCATION =
  /(?:location|loc\.|position|posición|posizione|emplacement|позици[ия]|место|位置|No\.)\s*(\d+)(?:\s*-\s*(\d+))?/iu;

interface Clipping {
  title: string;
  authors: string[];
  kind: 'highlight' | 'note' | 'bookmark';
  text: string;
  page?: number;
  location?: { from: number; to: number };
  createdAt?: string;
}

/** "Title (Author)" or "Title (Family, Given; Other)"; a side-loaded file's "The_Title". */
function titleAndAuthors(line: string): { title: string; authors: string[] } {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(line);
  let title = match ? match[1]! : line.trim();
  if (!/\s/u.test(title)) title = title.replace(/_+/g, ' ').trim();
  const authors = match
    ? match[2]!
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean)
    : [];
  return { title, authors };
}

function addedAt(meta: string): string | undefined {
  // English firmware only: other languages' month names are not parsed, and the date is left out.
  const match = /Added on\s+(?:\w+,\s*)?(.+)$/iu.exec(meta);
  if (!match) return undefined;
  const time = Date.parse(match[1]!.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function readClipping(block: string): Clipping | { error: string } | null {
  const lines = block.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  while (lines.length && !lines[0]!.trim()) lines.shift();
  if (!lines.length) return null;
  const [head, meta = '', ...rest] = lines;
  if (!meta.trim().startsWith('-'))
    return { error: aside('“{{head}}” has no line saying what it is', { head: head!.trim() }) };
  const kind = KIND_WORDS.find(([words]) => words.test(meta))?.[1] ?? 'highlight';
  const page = PAGE.exec(meta);
  const location = LOCATION.exec(meta);
  const from = location ? Number(location[1]) : undefined;
  const createdAt = addedAt(meta);
  return {
    ...titleAndAuthors(head!),
    kind,
    text: rest.join('\n').trim(),
    ...(page ? { page: Number(page[1]) } : {}),
    ...(from !== undefined
      ? { location: { from, to: location![2] ? Number(location![2]) : from } }
      : {}),
    ...(createdAt ? { createdAt } : {}),
  };
}

function placeOf(c: Clipping): string | undefined {
  if (!c.location) return c.page !== undefined ? `page ${c.page}` : undefined;
  const { from, to } = c.location;
  return from === to ? `location ${from}` : `location ${from}–${to}`;
}

/** Where two clippings of one book stand at the same place (Kindle locations, else the page). */
function samePlace(a: Clipping, b: Clipping): boolean {
  if (a.location && b.location)
    return a.location.from <= b.location.to && b.location.from <= a.location.to;
  return a.page !== undefined && a.page === b.page;
}

/**
 * Kindle's "My Clippings.txt": each highlight with its book, page and location; each note joined
 * to the highlight it was written on (Kindle stores it apart, at the highlight's last location);
 * a highlight the writer later widened kept once, as the wider one. Bookmarks and empty
 * highlights (images, or past the publisher's clipping limit) are counted as left out.
 */
export function readKindleClippings(text: string): ReadAnnotations {
  const clippings: Clipping[] = [];
  const skipped: string[] = [];
  let bookmarks = 0;
  let empty = 0;
  for (const block of text.split(SEPARATOR)) {
    const read = readClipping(block);
    if (!read) continue;
    if ('error' in read) {
      skipped.push(aside('A clipping could not be read: {{detail}}.', { detail: read.error }));
      continue;
    }
    if (read.kind === 'bookmark') bookmarks++;
    else if (!read.text) empty++;
    else clippings.push(read);
  }
  if (bookmarks)
    skipped.push(
      countedAside(
        '1 bookmark: a bookmark marks no words.',
        '{{count}} bookmarks: a bookmark marks no words.',
        bookmarks,
      ),
    );
  if (empty)
    skipped.push(
      countedAside(
        "1 empty highlight: Kindle keeps no words for a highlighted image, or past the publisher's clipping limit.",
        "{{count}} empty highlights: Kindle keeps no words for a highlighted image, or past the publisher's clipping limit.",
        empty,
      ),
    );

  // Compared within a book only: a reader's file holds thousands of clippings over many books.
  const highlightsOf = new Map<string, Clipping[]>();
  for (const c of clippings) {
    if (c.kind !== 'highlight') continue;
    const ofBook = highlightsOf.get(c.title) ?? [];
    ofBook.push(c);
    highlightsOf.set(c.title, ofBook);
  }
  const widened = new Set<Clipping>();
  for (const a of clippings.filter((c) => c.kind === 'highlight')) {
    const wider = highlightsOf
      .get(a.title)!
      .find(
        (b) =>
          b !== a && samePlace(a, b) && b.text.length > a.text.length && b.text.includes(a.text),
      );
    if (wider) widened.add(a);
  }
  if (widened.size)
    skipped.push(
      countedAside(
        '1 highlight the writer later widened: kept once, as the wider one.',
        '{{count}} highlights the writer later widened: kept once, as the wider one.',
        widened.size,
      ),
    );

  const notesOn = new Map<Clipping, string[]>();
  const joined = new Set<Clipping>();
  for (const note of clippings.filter((c) => c.kind === 'note')) {
    const on = (highlightsOf.get(note.title) ?? [])
      .filter((h) => !widened.has(h) && samePlace(h, note))
      .at(-1);
    if (!on) continue;
    notesOn.set(on, [...(notesOn.get(on) ?? []), note.text]);
    joined.add(note);
  }

  const annotations: ForeignAnnotation[] = [];
  for (const c of clippings) {
    if (widened.has(c) || joined.has(c)) continue;
    const place = placeOf(c);
    annotations.push({
      work: { title: c.title, authors: c.authors, type: 'book' },
      quote: c.kind === 'highlight' ? c.text : '',
      note: c.kind === 'note' ? c.text : (notesOn.get(c) ?? []).join('\n'),
      tags: [],
      ...(c.page !== undefined ? { page: c.page } : {}),
      ...(place ? { place } : {}),
      ...(c.createdAt ? { createdAt: c.createdAt } : {}),
    });
  }
  return { tool: 'Kindle clippings', annotations, skipped };
}

/** Whether a text is Kindle's clippings file: clippings between its separator lines. */
export function looksLikeKindleClippings(text: string): boolean {
  const blocks = text.slice(0, 20_000).split(SEPARATOR).slice(0, -1);
  return (
    blocks.length > 0 &&
    blocks.every((b) => /^\s*[^\n]+\r?\n-\s[^\n]*\|/u.test(b.replace(/^\uFEFF/u, '')))
  );
}
