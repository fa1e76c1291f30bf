import type { Bibliography } from '../cite/bibliographyOutput';
import type { Citation } from '../cite/citation';
import type { BriefQuote, BriefView } from './briefView';
import type { FigureEdit } from './briefFigures';
import { missingFields } from '../cite/missingFields';
import type { LibraryDocument } from '../model/libraryDocument';
import type { SourceRecord } from '../model/source';
import type { Highlight, Theme } from '../model/theme';
import type { FigureRuleSet } from './figureRuleSet';
import { resolveTheme } from '../model/themeTree';
import { resolveAnchor } from '../themes/highlightAnchor';
import { themeAndDescendants } from '../model/themeTree';
import { briefTerms } from './briefTerms';
import { briefFigures } from './briefFigures';
import type { Tagger } from './partsOfSpeech';
import { trimQuote } from './trimQuote';

/** What a brief is asked for (the contract's makeBrief input fits it). */
export interface BriefRequest {
  themeIds: readonly string[];
  style: string;
  order: 'date' | 'title' | 'chosen';
  title?: string;
  locale?: string;
  figureEdits?: Readonly<Record<string, FigureEdit>>;
}

/** What a brief is made from: the library as it stands, and what the request chose in it. */
export interface BriefLibrary {
  doc: LibraryDocument;
  /** The sources the request named, or a collection holds; null for every article. */
  chosen: SourceRecord[] | null;
  /** The citation style, as listed: its name and whether it cites in notes. */
  style: { label: string; note: boolean };
  figureRules: FigureRuleSet;
  /** The library's citation language, where it chose one. */
  citationLocale?: string;
  now: Date;
}

/** What a brief needs from outside the domain: texts on disk, the citation engine, the tagger. */
export interface BriefPorts {
  textOf(source: SourceRecord): Promise<string>;
  cite(request: {
    sourceId: string;
    style: string;
    locale?: string;
    form: 'note' | 'short-note' | 'in-text';
    passageId?: string;
  }): Promise<Citation>;
  bibliography(request: {
    sourceIds: string[];
    style: string;
    locale?: string;
  }): Promise<Bibliography>;
  tagger(): Promise<Tagger>;
}

/** A quote placed in its source's text now, and the theme of the brief it stands under. */
export interface QuotedPassage {
  theme: number;
  sourceId: string;
  quote: BriefQuote;
  /** The highlight's whole text, where figures are looked for. */
  full: string;
}

function dateKey(source: SourceRecord): string {
  const parts = source.metadata.issued?.['date-parts']?.[0] ?? [];
  // Undated sources go last.
  return parts.length ? parts.map((p) => String(p).padStart(4, '0')).join('-') : '9999';
}

function ordered(sources: SourceRecord[], order: BriefRequest['order']): SourceRecord[] {
  if (order === 'chosen') return sources;
  const byTitle = (a: SourceRecord, b: SourceRecord) =>
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });
  return [...sources].sort(
    order === 'date' ? (a, b) => dateKey(a).localeCompare(dateKey(b)) || byTitle(a, b) : byTitle,
  );
}

/** Each source's highlights on the themes, where they stand in its text now, in text order. */
async function locate(
  sources: readonly SourceRecord[],
  tagged: readonly Highlight[],
  textOf: BriefPorts['textOf'],
): Promise<Map<string, { highlight: Highlight; start: number; text: string }[]>> {
  const located = new Map<string, { highlight: Highlight; start: number; text: string }[]>();
  for (const source of sources) {
    const text = await textOf(source);
    const found = [];
    for (const highlight of tagged.filter((h) => h.sourceId === source.id)) {
      const at = resolveAnchor(text, highlight.anchor);
      // A quote whose words are gone from the text cannot be quoted.
      if (!at.orphaned)
        found.push({ highlight, start: at.start, text: text.slice(at.start, at.end) });
    }
    located.set(
      source.id,
      found.sort((a, b) => a.start - b.start),
    );
  }
  return located;
}

/**
 * Sets the chosen sources side by side on the chosen themes: a coverage matrix, each source's
 * tagged passages quoted verbatim and cited exactly as `cite` cites them (a full note the first
 * time a source is cited in a note style, a short note after), the figures those passages
 * state, and the bibliography of what was cited.
 */
export async function buildBrief(
  library: BriefLibrary,
  request: BriefRequest,
  ports: BriefPorts,
): Promise<BriefView> {
  const { doc, style } = library;
  const themes: Theme[] = request.themeIds.map((ref) => resolveTheme(doc.themes, ref));
  const covered = themes.map((t) => themeAndDescendants(doc, t.id));
  const onTheme = (themeIds: string[], i: number) => themeIds.some((id) => covered[i]!.has(id));
  const tagged = doc.highlights.filter((h) => covered.some((_, i) => onTheme(h.themeIds, i)));
  // By default every article with a text is compared, so one that is silent on the themes says
  // "not discussed"; comments come in where they hold a tagged passage.
  const taggedSources = new Set(tagged.map((h) => h.sourceId));
  const sources = ordered(
    library.chosen ??
      doc.sources.filter((s) => taggedSources.has(s.id) || (!s.parentId && s.type !== 'reference')),
    request.order,
  );
  const located = await locate(sources, tagged, ports.textOf);
  const locale = request.locale ? { locale: request.locale } : {};

  // Cited in the order the brief reads: theme by theme, source by source.
  const cited = new Set<string>();
  const quoted: QuotedPassage[] = [];
  for (const [i] of themes.entries()) {
    for (const source of sources) {
      for (const { highlight, start, text } of located.get(source.id) ?? []) {
        if (!onTheme(highlight.themeIds, i)) continue;
        const passage = source.passages.find((p) => p.start <= start && start < p.end);
        const citation = await ports.cite({
          sourceId: source.id,
          style: request.style,
          ...locale,
          form: style.note ? (cited.has(source.id) ? 'short-note' : 'note') : 'in-text',
          ...(passage ? { passageId: passage.id } : {}),
        });
        cited.add(source.id);
        quoted.push({
          theme: i,
          sourceId: source.id,
          full: text,
          quote: {
            highlightId: highlight.id,
            ...trimQuote(text),
            citation: { text: citation.text, html: citation.html },
            note: highlight.note,
          },
        });
      }
    }
  }
  const quotesOf = (sourceId: string, theme: number) =>
    quoted.filter((q) => q.sourceId === sourceId && q.theme === theme);

  const { figures, dropped } = briefFigures(quoted, {
    tag: quoted.length ? await ports.tagger() : null,
    rules: library.figureRules,
    edits: request.figureEdits ?? {},
    themeIds: themes.map((t) => t.id),
    titleOf: (sourceId) => sources.find((s) => s.id === sourceId)!.title,
  });

  const bibliography = cited.size
    ? await ports.bibliography({
        sourceIds: sources.filter((s) => cited.has(s.id)).map((s) => s.id),
        style: request.style,
        ...locale,
      })
    : { entries: [], hangingIndent: true };
  // The brief's own words follow the language it cites in (the library's, unless asked).
  const language = request.locale ?? library.citationLocale ?? 'en-US';
  return {
    title:
      request.title?.trim() || briefTerms(language).title(themes.map((t) => t.name).join(', ')),
    language,
    scope: {
      themes: themes.map((t) => t.name),
      sources: sources.length,
      style: style.label,
      made: library.now.toISOString(),
    },
    notes: style.note,
    matrix: {
      themes: themes.map((t) => ({ id: t.id, name: t.name })),
      rows: sources.map((s) => ({
        sourceId: s.id,
        title: s.title,
        counts: themes.map((_, i) => quotesOf(s.id, i).length),
      })),
    },
    sections: themes.map((theme, i) => {
      const blocks = sources
        .map((s) => ({
          sourceId: s.id,
          title: s.title,
          quotes: quotesOf(s.id, i).map((q) => q.quote),
        }))
        .filter((b) => b.quotes.length > 0);
      return {
        themeId: theme.id,
        theme: theme.name,
        blocks,
        notDiscussed: sources
          .filter((s) => !blocks.some((b) => b.sourceId === s.id))
          .map((s) => ({ sourceId: s.id, title: s.title })),
      };
    }),
    figures,
    droppedFigures: dropped,
    bibliography: bibliography.entries.map(({ text, html, csl, sourceId }) => ({
      text,
      html,
      title: sources.find((s) => s.id === sourceId)?.title ?? '',
      missing: missingFields(csl),
    })),
    hangingIndent: bibliography.hangingIndent,
  };
}
