import CSL from 'citeproc';
import { errorWords } from '../model/errorWords';
import { ArchiveError } from '../model/errors';
import type { CitationForm } from './citationStyles';
import type { Locator } from './locator';
import type { CitationLocale } from './citationLocale';

export interface Formatted {
  text: string;
  html: string;
}

type Item = { id: string } & Record<string, unknown>;

interface CachedEngine {
  processor: InstanceType<typeof CSL.Engine>;
  items: Map<string, Item>;
}

/**
 * citeproc-js over a style in a language: the language the writer chose, forced over the
 * style's own default-locale; with none chosen, the style's default, else American English.
 * citeproc-js asks for each locale it needs by tag ("de-DE", "en-US"); a tag Dossier did not
 * load is answered with nothing, and citeproc-js falls back to en-US.
 */
function newEngine(
  style: unknown,
  locale: CitationLocale,
  retrieveItem: (id: string) => Item | undefined,
): InstanceType<typeof CSL.Engine> {
  const sys = {
    retrieveLocale: (tag: string) => locale.files[tag] ?? null,
    retrieveItem,
  };
  return locale.lang ? new CSL.Engine(sys, style, locale.lang, true) : new CSL.Engine(sys, style);
}

/**
 * Building an engine parses the whole style (a large one, like APA, takes a tenth of a second),
 * so one is kept per style and output format and given the items of each request.
 */
const engines = new Map<unknown, Map<string, CachedEngine>>();
const KEPT_STYLES = 8;

function engine(
  style: unknown,
  locale: CitationLocale,
  items: Item[],
  format: 'text' | 'html' | 'rtf' = 'text',
) {
  let perStyle = engines.get(style);
  if (!perStyle) {
    if (engines.size >= KEPT_STYLES) engines.delete(engines.keys().next().value);
    perStyle = new Map();
    engines.set(style, perStyle);
  }
  // One engine per language too: citeproc-js reads its locale when the engine is built.
  const key = `${format}:${locale.lang ?? ''}`;
  let cached = perStyle.get(key);
  if (!cached) {
    const byId = new Map<string, Item>();
    let processor: InstanceType<typeof CSL.Engine>;
    try {
      processor = newEngine(style, locale, (id) => byId.get(id));
    } catch (error) {
      throw new ArchiveError(
        'INVALID_INPUT',
        `That style cannot be used: ${(error as Error).message}`,
      );
    }
    processor.setOutputFormat(format);
    cached = { processor, items: byId };
    perStyle.set(key, cached);
  }
  cached.items.clear();
  for (const item of items) cached.items.set(item.id, item);
  // citeproc keeps a registered item's fields; emptying the registry first makes it read the
  // item again, so a source whose details were edited is never cited with the old ones.
  cached.processor.updateItems([]);
  cached.processor.updateItems(items.map((i) => i.id));
  return cached.processor;
}

/** Both renderings of one run: plain text to paste anywhere, HTML with the style's italics. */
function both(
  style: unknown,
  locale: CitationLocale,
  items: Item[],
  run: (e: ReturnType<typeof engine>) => string,
): Formatted {
  return {
    text: run(engine(style, locale, items, 'text')).trim(),
    html: run(engine(style, locale, items, 'html')).trim(),
  };
}

export function isNoteStyle(style: unknown, locale: CitationLocale): boolean {
  return engine(style, locale, []).opt.xclass === 'note';
}

/**
 * One citation of one item through citeproc-js and an official style: never composed by hand.
 * A note style gives its full note, or its short note (the form after the first citation); an
 * author-date style gives its in-text citation.
 */
export function formatCitation(
  style: unknown,
  locale: CitationLocale,
  item: Item,
  form: CitationForm,
  locator?: Locator,
): Formatted {
  if (form === 'bibliography') return formatBibliography(style, locale, [item]).entries[0]!;
  const note = isNoteStyle(style, locale);
  if (note && form === 'in-text') {
    throw new ArchiveError(
      'INVALID_INPUT',
      'This is a note style: cite with a note or a short note, not in the text.',
    );
  }
  if (!note && form !== 'in-text') {
    throw new ArchiveError(
      'INVALID_INPUT',
      'This is an author-date style: its citations go in the text, not in notes.',
    );
  }
  const cite = {
    id: item.id,
    ...(locator ?? {}),
    ...(form === 'short-note' ? { position: 1 } : {}),
  };
  return both(style, locale, [item], (e) => e.makeCitationCluster([cite]));
}

export interface FormattedBibliography {
  /** Each entry also as RTF, for word processors that take RTF. */
  entries: (Formatted & { id: string; rtf: string })[];
  hangingIndent: boolean;
}

/** Entries sorted as the style sorts them. */
export function formatBibliography(
  style: unknown,
  locale: CitationLocale,
  items: Item[],
): FormattedBibliography {
  const run = (format: 'text' | 'html' | 'rtf') => {
    const result = engine(style, locale, items, format).makeBibliography();
    if (!result)
      throw new ArchiveError('INVALID_INPUT', errorWords('This style has no bibliography.'));
    return result;
  };
  const [meta, texts] = run('text');
  const [, htmls] = run('html');
  const [, rtfs] = run('rtf');
  return {
    hangingIndent: meta.hangingindent,
    entries: meta.entry_ids.map((ids, i) => ({
      id: ids[0]!,
      text: texts[i]!.trim(),
      html: htmls[i]!.replace(/^\s*<div class="csl-entry">|<\/div>\s*$/g, '').trim(),
      rtf: rtfs[i]!.trim(),
    })),
  };
}

export interface SequenceCite {
  id: string;
  locator?: Locator;
  prefix?: string;
  suffix?: string;
  suppressAuthor?: boolean;
  authorOnly?: boolean;
}

/**
 * The citations of a whole document, in order, as citeproc-js makes them when it sees them
 * all: the first citation of a work in full, later ones short or "ibid." as the style says.
 * A note style numbers one note per citation. A fresh engine: positions are the document's own.
 */
export function formatCitationSequence(
  style: unknown,
  locale: CitationLocale,
  items: Item[],
  citations: SequenceCite[][],
  format: 'text' | 'html',
  /** Citations whose author stands in the sentence ("Stefan (2022) says"), by index. */
  narrative: ReadonlySet<number> = new Set(),
): { note: boolean; citations: string[] } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const processor = newEngine(style, locale, (id) => byId.get(id));
  processor.setOutputFormat(format);
  processor.updateItems(items.map((i) => i.id));
  const note = processor.opt.xclass === 'note';
  const built = processor.rebuildProcessorState(
    citations.map((cites, i) => ({
      citationID: `c${i}`,
      citationItems: cites.map((c) => ({
        id: c.id,
        ...(c.locator ?? {}),
        ...(c.prefix ? { prefix: `${c.prefix} ` } : {}),
        ...(c.suffix ? { suffix: `, ${c.suffix}` } : {}),
        ...(c.suppressAuthor ? { 'suppress-author': true } : {}),
        ...(c.authorOnly ? { 'author-only': true } : {}),
      })),
      properties: {
        noteIndex: note ? i + 1 : 0,
        ...(narrative.has(i) ? { mode: 'composite' } : {}),
      },
    })),
    format,
    [],
  );
  const byCitation = new Map(built.map(([id, , output]) => [id, output]));
  return { note, citations: citations.map((_, i) => byCitation.get(`c${i}`) ?? '') };
}
