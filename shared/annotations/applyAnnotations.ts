import { withCitationKeys } from '../cite/citationKeys';
import { personName } from '../import/personName';
import type { LibraryDocument } from '../model/libraryDocument';
import { checkRecord } from '../model/libraryRecords';
import type { SourceRecord } from '../model/source';
import type { Highlight } from '../model/theme';
import { nameKey } from '../model/themeTree';
import { themeForColour } from './colourThemes';
import { createAnchor } from '../themes/highlightAnchor';
import type { ForeignAnnotation, ForeignWork } from './foreignAnnotation';
import type { AnnotationPlan, QuoteSpan } from './planAnnotations';
import { takenPlaces, withNoteLines } from './takenPlaces';
import { aside } from './asideWords';

/** The theme imported highlights take when the writer names none. */
export const IMPORTED_THEME = 'Imported highlights';

/** What the service stored for each text the plan makes, by the plan's order. */
export interface StoredQuotes {
  /** For plan.newWorks[i]. */
  newWorks: { textHash: string; original: string }[];
  /** For plan.grown[i]. */
  grown: { textHash: string }[];
}

export interface AnnotationReport {
  tool: string;
  /** The theme the highlights were tagged with. */
  theme: string;
  highlightsAdded: number;
  /** Highlights the library already had at the same place: not added twice. */
  highlightsExisting: number;
  /** Sources in the library that took highlights or notes. */
  sourcesTouched: string[];
  /** Sources made for works the library did not hold, their text the writer's quotes. */
  sourcesAdded: string[];
  /** Each annotation that found no place, with its quote and why; kept in a source's note. */
  notPlaced: string[];
  skipped: string[];
}

function quoteLine(a: ForeignAnnotation): string {
  const where = a.place ?? (a.page !== undefined ? `page ${a.page}` : '');
  const note = a.note.trim() ? ` — ${a.note.trim()}` : '';
  return `• “${a.quote.trim()}”${where ? ` (${where})` : ''}${note}`;
}

function noteLine(a: ForeignAnnotation): string {
  const where = a.place ?? (a.page !== undefined ? `page ${a.page}` : '');
  return `• ${where ? `${where}: ` : ''}${a.note.trim()}`;
}

/** A quote from another reader as a passage: cited by its page, never by its number here. */
const quotedPassage = (sourceId: string, number: number, span: QuoteSpan) => ({
  id: `${sourceId}-p${number}`,
  start: span.start,
  end: span.end,
  quoted: true,
  ...(span.page !== undefined ? { page: span.page } : {}),
});

function workRecord(
  work: ForeignWork,
  tool: string,
  file: string,
  stored: { textHash: string; original: string },
  spans: readonly QuoteSpan[],
  id: string,
  now: Date,
): SourceRecord {
  const record = {
    id,
    title: work.title,
    type: work.type,
    file,
    textHash: stored.textHash,
    original: stored.original,
    importedAt: now.toISOString(),
    metadata: {
      type: work.type,
      title: work.title,
      ...(work.authors.length ? { author: work.authors.map(personName) } : {}),
      ...(work.url ? { URL: work.url } : {}),
    },
    passages: spans.map((s, i) => quotedPassage(id, i + 1, s)),
    quotesOf: tool,
    keyAuto: true,
  };
  const checked = checkRecord('sources', record);
  if (!checked.ok) throw new Error(`the record of “${work.title}” is not valid: ${checked.reason}`);
  return record;
}

/**
 * A plan of annotations applied to the library as one change: highlights at their places tagged
 * with the chosen theme (and with themes their tags name), works the library lacked made as
 * sources of quotes, and whatever found no place written into its source's note and reported.
 */
export function applyAnnotations(
  doc: LibraryDocument,
  plan: AnnotationPlan,
  stored: StoredQuotes,
  /** The texts of the library's sources the plan found quotes in, by source id. */
  texts: ReadonlyMap<string, string>,
  options: { file: string; theme: string; now: Date; newId: (prefix: string) => string },
): { doc: LibraryDocument; report: AnnotationReport } {
  const chosen = themeForColour(doc, '', options.theme);
  let next = chosen.doc;
  const theme = chosen.theme;
  const themeId = theme.id;
  const report: AnnotationReport = {
    tool: plan.tool,
    theme: theme.name,
    highlightsAdded: 0,
    highlightsExisting: 0,
    sourcesTouched: [],
    sourcesAdded: [],
    notPlaced: [],
    skipped: plan.skipped,
  };
  const sources = new Map(next.sources.map((s) => [s.id, s]));
  const highlights = [...next.highlights];
  const taken = takenPlaces(highlights);
  const memo = new Map<string, string[]>();
  const remember = (sourceId: string, line: string) =>
    memo.set(sourceId, [...(memo.get(sourceId) ?? []), line]);

  const tag = (
    sourceId: string,
    text: string,
    start: number,
    end: number,
    a: ForeignAnnotation,
  ) => {
    if (taken.has(sourceId, start, end)) {
      report.highlightsExisting++;
      return;
    }
    taken.add(sourceId, start, end);
    const named = a.tags.map((t) => next.themes.find((th) => nameKey(th.name) === nameKey(t)));
    const unknown = a.tags.filter((_, i) => !named[i]);
    const highlight: Highlight = {
      id: options.newId('h'),
      sourceId,
      themeIds: [...new Set([themeId, ...named.flatMap((t) => (t ? [t.id] : []))])],
      note: [a.note.trim(), unknown.length ? `Tags: ${unknown.join(', ')}` : '']
        .filter(Boolean)
        .join('\n'),
      anchor: createAnchor(text, start, end),
      createdAt: a.createdAt ?? options.now.toISOString(),
    };
    highlights.push(highlight);
    report.highlightsAdded++;
  };

  const newIds = plan.newWorks.map((work, i) => {
    const id = options.newId('s');
    const record = workRecord(
      work.work,
      plan.tool,
      options.file,
      stored.newWorks[i]!,
      work.spans,
      id,
      options.now,
    );
    sources.set(id, record);
    report.sourcesAdded.push(id);
    for (const s of work.spans) tag(id, work.text, s.start, s.end, s.annotation);
    return id;
  });
  plan.grown.forEach((g, i) => {
    const source = sources.get(g.sourceId)!;
    const first = source.passages.length;
    sources.set(g.sourceId, {
      ...source,
      textHash: stored.grown[i]!.textHash,
      passages: [
        ...source.passages,
        ...g.spans.map((s, n) => quotedPassage(source.id, first + n + 1, s)),
      ],
    });
    for (const s of g.spans) tag(g.sourceId, g.text, s.start, s.end, s.annotation);
  });
  for (const f of plan.found) tag(f.sourceId, texts.get(f.sourceId)!, f.start, f.end, f.annotation);

  const notFoundBy = new Map<string, AnnotationPlan['notFound']>();
  for (const n of plan.notFound)
    notFoundBy.set(n.sourceId, [...(notFoundBy.get(n.sourceId) ?? []), n]);
  for (const [sourceId, missing] of notFoundBy) {
    const lines = missing.map((n) => quoteLine(n.annotation));
    remember(
      sourceId,
      `Highlights from ${plan.tool} (${options.file}) not found in this text:\n${lines.join('\n')}`,
    );
    const title = sources.get(sourceId)!.title;
    missing.forEach((n, i) =>
      report.notPlaced.push(
        aside('{{quote}} in “{{title}}”: {{reason}}.', {
          quote: lines[i]!.slice(2),
          title,
          reason: n.reason,
        }),
      ),
    );
  }
  for (const n of plan.workNotes) {
    const newIndex = plan.newWorks.findIndex((w) => w.work === n.work);
    const sourceId = n.sourceId ?? (newIndex >= 0 ? newIds[newIndex]! : null);
    if (sourceId)
      remember(sourceId, `Note from ${plan.tool} (${options.file}):\n${noteLine(n.annotation)}`);
    else
      report.notPlaced.push(
        aside('A note on “{{title}}”, which the library does not hold: {{note}}', {
          title: n.work.title,
          note: n.annotation.note.trim(),
        }),
      );
  }
  for (const [sourceId, lines] of memo)
    sources.set(sourceId, withNoteLines(sources.get(sourceId)!, lines));

  const touched = new Set([...plan.found, ...plan.grown, ...plan.notFound].map((p) => p.sourceId));
  for (const [sourceId] of memo) touched.add(sourceId);
  report.sourcesTouched = [...touched].filter((id) => !report.sourcesAdded.includes(id));
  next = withCitationKeys({ ...next, sources: [...sources.values()], highlights });
  return { doc: next, report };
}
