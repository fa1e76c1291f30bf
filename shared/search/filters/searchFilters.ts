import type { LibraryDocument } from '../../model/libraryDocument';
import { nameText } from '../../model/nameText';
import type { SourceRecord } from '../../model/source';
import { resolveTheme } from '../../model/themeTree';
import { themeAndDescendants } from '../../model/themeTree';
import type { IndexDoc } from '../index/searchIndex';
import { overlaps, parseDateRange, spanOfDate, type DateSpan } from '../query/dateRange';
import type { Folder } from '../fold/folder';
import { keysOf } from '../tokenize';

/** A search's filters, from its query (theme:…) and its chips together. */
export interface SearchFilters {
  theme: string[];
  type: string[];
  source: string[];
  date: string[];
}

export function hasFilters(f: SearchFilters): boolean {
  return f.theme.length + f.type.length + f.source.length + f.date.length > 0;
}

/**
 * What a writer may call a source by in `source:`: its id or citation key whole, or every word
 * of the value among the words of its title, its site or publisher, or one author's name.
 */
function namesSource(
  source: SourceRecord,
  wanted: { value: string; keys: string[] },
  folder: Folder,
): boolean {
  const { metadata } = source;
  const key = metadata['citation-key'];
  if (source.id === wanted.value) return true;
  if (typeof key === 'string' && key.toLowerCase() === wanted.value.toLowerCase()) return true;
  if (!wanted.keys.length) return false;
  const within = (text: unknown) => {
    if (typeof text !== 'string' || !text) return false;
    const keys = new Set(keysOf(text, folder));
    return wanted.keys.every((k) => keys.has(k));
  };
  const authors = Array.isArray(metadata.author) ? metadata.author : [];
  return (
    within(source.title) ||
    within(metadata['container-title']) ||
    within(metadata.publisher) ||
    authors.some((name) => within(nameText(name)))
  );
}

const dateOf = (source: SourceRecord) => spanOfDate(source.metadata.issued?.['date-parts']?.[0]);

/** The sources the type:, source: and date: filters let through; null when none is set. */
export function acceptedSources(
  filters: Pick<SearchFilters, 'type' | 'source' | 'date'>,
  sources: Iterable<SourceRecord>,
  folder: Folder,
): Set<string> | null {
  if (!filters.type.length && !filters.source.length && !filters.date.length) return null;
  const types = filters.type.map((t) => t.toLowerCase());
  const spans = filters.date.map(parseDateRange).filter((s): s is DateSpan => s !== null);
  const wanted = filters.source.map((value) => ({ value, keys: keysOf(value, folder) }));
  const accepted = new Set<string>();
  for (const source of sources) {
    if (types.length && !types.includes(source.type.toLowerCase())) continue;
    if (spans.length) {
      // An undated source is not in any date range: a date filter asks for dated work.
      const dated = dateOf(source);
      if (!dated || !spans.some((span) => overlaps(span, dated))) continue;
    }
    if (wanted.length && !wanted.some((w) => namesSource(source, w, folder))) continue;
    accepted.add(source.id);
  }
  return accepted;
}

/**
 * Which sources a query's type:, source: and date: filters let through, decided once per search
 * rather than for every candidate (a common word has tens of thousands).
 */
export function sourceFilter(
  filters: Pick<SearchFilters, 'type' | 'source' | 'date'>,
  byId: Map<string, SourceRecord>,
  folder: Folder,
): (doc: IndexDoc) => boolean {
  const accepted = acceptedSources(filters, byId.values(), folder);
  return accepted === null ? (doc) => byId.has(doc.sourceId) : (doc) => accepted.has(doc.sourceId);
}

/** The highlights of some themes (or their sub-themes), newest first. */
function themeHighlights(library: LibraryDocument, refs: string[]) {
  const ids = new Set(
    refs.flatMap((ref) => [...themeAndDescendants(library, resolveTheme(library.themes, ref).id)]),
  );
  return library.highlights
    .filter((h) => h.themeIds.some((t) => ids.has(t)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Passages that overlap a highlight of one of the themes (or their sub-themes). */
export function themeFilter(library: LibraryDocument, refs: string[]): (doc: IndexDoc) => boolean {
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const h of themeHighlights(library, refs)) {
    const list = spans.get(h.sourceId);
    if (list) list.push(h.anchor);
    else spans.set(h.sourceId, [h.anchor]);
  }
  // Only the tagged sources' passages can pass: index just those.
  const passages = new Map(
    library.sources
      .filter((s) => spans.has(s.id))
      .map((s) => [s.id, new Map(s.passages.map((p) => [p.id, p]))]),
  );
  return (doc) => {
    const tagged = spans.get(doc.sourceId);
    const passage =
      doc.passageId === null ? undefined : passages.get(doc.sourceId)?.get(doc.passageId);
    return (
      !!tagged && !!passage && tagged.some((h) => h.start < passage.end && h.end > passage.start)
    );
  };
}

/** What a filter alone selects: a tagged passage with its highlighted spans, or a whole source. */
export interface ListedEntry {
  sourceId: string;
  /** The passage, for a theme filter; null lists the source itself. */
  passageId: string | null;
  /** Highlighted spans, as offsets into the source's text. */
  spans: [number, number][];
}

/**
 * A search with filters and no words lists what the filters select. With a theme: the passages
 * tagged with it, the most recently tagged first. Otherwise: the sources, newest work first
 * (undated work last, then the most recently imported).
 */
export function filterListing(
  library: LibraryDocument,
  filters: SearchFilters,
  byId: Map<string, SourceRecord>,
  folder: Folder,
): ListedEntry[] {
  const accepted = acceptedSources(filters, byId.values(), folder);
  const allowed = (id: string) => byId.has(id) && (accepted === null || accepted.has(id));
  if (filters.theme.length) {
    const entries = new Map<string, ListedEntry>();
    for (const h of themeHighlights(library, filters.theme)) {
      const source = byId.get(h.sourceId);
      if (!source || !allowed(source.id)) continue;
      for (const p of source.passages) {
        if (p.start >= h.anchor.end || p.end <= h.anchor.start) continue;
        const key = `${source.id}/${p.id}`;
        const entry = entries.get(key);
        if (entry) entry.spans.push([h.anchor.start, h.anchor.end]);
        else
          entries.set(key, {
            sourceId: source.id,
            passageId: p.id,
            spans: [[h.anchor.start, h.anchor.end]],
          });
      }
    }
    return [...entries.values()];
  }
  // Each source's date read once, not in every comparison of the sort (at 50,000 sources that
  // was a million date parsings for one filter).
  const dated = [...byId.values()]
    .filter((s) => allowed(s.id))
    .map((s) => ({ s, when: dateOf(s)?.from ?? Number.NEGATIVE_INFINITY }));
  return dated
    .sort(
      (a, b) =>
        (a.when === b.when ? 0 : b.when > a.when ? 1 : -1) ||
        (a.s.importedAt === b.s.importedAt ? 0 : b.s.importedAt > a.s.importedAt ? 1 : -1),
    )
    .map(({ s }) => ({ sourceId: s.id, passageId: null, spans: [] }));
}
