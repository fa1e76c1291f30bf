import type { SourceRecord } from '../model/source';
import { anchorQuote } from './anchorQuote';
import type { ForeignAnnotation, ForeignWork, ReadAnnotations } from './foreignAnnotation';
import { matchWork } from './matchWork';
import { aside } from './asideWords';

/** A stretch of a text made of quotes: one quote a paragraph, with the page it came from. */
export interface QuoteSpan {
  start: number;
  end: number;
  page?: number;
  annotation: ForeignAnnotation;
}

/**
 * What taking a file of annotations in will do, decided before anything is written: which
 * quotes land where in the library's texts, which the texts do not hold, and which works the
 * library lacks (each kept as a source whose text is the writer's quotes).
 */
export interface AnnotationPlan {
  tool: string;
  /** Quotes found in a source's text, at their place. */
  found: { sourceId: string; start: number; end: number; annotation: ForeignAnnotation }[];
  /** Quotes a source's text does not hold: listed, and kept in the source's note. */
  notFound: { sourceId: string; annotation: ForeignAnnotation; reason: string }[];
  /** Notes on a whole work, with no words highlighted: kept in the source's note. */
  workNotes: { sourceId: string | null; work: ForeignWork; annotation: ForeignAnnotation }[];
  /** Works not in the library: a source of the writer's quotes is made for each. */
  newWorks: { work: ForeignWork; text: string; spans: QuoteSpan[] }[];
  /** Sources made of quotes before, grown by the quotes this file adds (appended: offsets hold). */
  grown: { sourceId: string; text: string; spans: QuoteSpan[] }[];
  skipped: string[];
}

/** Quotes as paragraphs after a text (or as a text of their own), each quote's span recorded. */
export function appendQuotes(
  text: string,
  annotations: readonly ForeignAnnotation[],
): { text: string; spans: QuoteSpan[] } {
  let out = text;
  const spans: QuoteSpan[] = [];
  for (const annotation of annotations) {
    const quote = annotation.quote.trim().replace(/\s*\n\s*/gu, ' ');
    if (out) out += '\n\n';
    spans.push({
      start: out.length,
      end: out.length + quote.length,
      ...(annotation.page !== undefined ? { page: annotation.page } : {}),
      annotation,
    });
    out += quote;
  }
  return { text: out, spans };
}

/** Why a quote is not in a source's text, as the writer can act on it. */
function whyMissing(source: SourceRecord, text: string | null, a: ForeignAnnotation): string {
  if (text === null) return aside('its text could not be read');
  const line = (source.removed ?? []).find((l) => anchorQuote(l, { exact: a.quote }) !== null);
  if (line !== undefined)
    return aside(
      'its words are in a line import left out as site furniture; put the line back to place it',
    );
  return aside('its words are not in the text');
}

const workKey = (w: ForeignWork) => `${w.url ?? ''}\u0000${w.title}\u0000${w.authors.join(';')}`;

/** Annotations grouped by the work they were made in, in the order the works first appear. */
export function byWork(
  annotations: readonly ForeignAnnotation[],
): { work: ForeignWork; annotations: ForeignAnnotation[] }[] {
  const groups = new Map<string, { work: ForeignWork; annotations: ForeignAnnotation[] }>();
  for (const a of annotations) {
    const key = workKey(a.work);
    const group = groups.get(key) ?? { work: a.work, annotations: [] };
    group.annotations.push(a);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Plans where each annotation goes. `textOf` gives the text of a source in the library (null
 * when it cannot be read: its quotes are then listed as not found, never dropped).
 */
export function planAnnotations(
  sources: readonly SourceRecord[],
  read: ReadAnnotations,
  textOf: (source: SourceRecord) => string | null,
): AnnotationPlan {
  const plan: AnnotationPlan = {
    tool: read.tool,
    found: [],
    notFound: [],
    workNotes: [],
    newWorks: [],
    grown: [],
    skipped: read.skipped,
  };
  for (const { work, annotations } of byWork(read.annotations)) {
    const source = matchWork(sources, work);
    const quotes = annotations.filter((a) => a.quote.trim());
    for (const a of annotations.filter((a) => !a.quote.trim()))
      plan.workNotes.push({ sourceId: source?.id ?? null, work, annotation: a });
    if (!source) {
      if (quotes.length) plan.newWorks.push({ work, ...appendQuotes('', quotes) });
      continue;
    }
    const text = textOf(source);
    const missing: ForeignAnnotation[] = [];
    for (const a of quotes) {
      const at =
        text === null
          ? null
          : anchorQuote(text, { exact: a.quote, prefix: a.prefix ?? '', suffix: a.suffix ?? '' });
      if (at) plan.found.push({ sourceId: source.id, ...at, annotation: a });
      else missing.push(a);
    }
    if (!missing.length) continue;
    // A source made of quotes grows by the new ones; the text of a work itself never changes.
    if (source.quotesOf && text !== null)
      plan.grown.push({ sourceId: source.id, ...appendQuotes(text, missing) });
    else
      for (const a of missing)
        plan.notFound.push({
          sourceId: source.id,
          annotation: a,
          reason: whyMissing(source, text, a),
        });
  }
  return plan;
}
