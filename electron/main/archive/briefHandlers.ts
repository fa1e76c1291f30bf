import type { ArchiveHandlers, OperationInput } from '../../../shared/api/contract';
import { commandLabel } from '../../../shared/history/commandLabels';
import type { BriefFigure, BriefQuote, BriefView } from '../../../shared/api/types';
import { findFigures } from '../../../shared/brief/findFigures';
import { missingFields } from '../../../shared/cite/missingFields';
import { loadTagger, type Tagger } from '../../../shared/brief/partsOfSpeech';
import { trimQuote } from '../../../shared/brief/trimQuote';
import { briefTerms } from '../../../shared/brief/briefTerms';
import type { BriefDefinition } from '../../../shared/model/brief';
import type { Highlight } from '../../../shared/model/theme';
import type { SourceRecord } from '../../../shared/model/source';
import { resolveTheme } from '../../../shared/themes/codebookEdits';
import { resolveAnchor } from '../../../shared/themes/highlightAnchor';
import { themeAndDescendants } from '../../../shared/themes/themeViews';
import { ArchiveError } from '../../../shared/api/errors';
import { command, findSource, newId, sourceText, type ArchiveState } from './archiveState';
import type { CitationHandlers } from './citationHandlers';
import { findCollection } from './collectionHandlers';
import { briefHtmlPage } from '../../../shared/brief/briefHtml';
import { briefMarkdown } from '../../../shared/brief/briefMarkdown';
import { figureRulesInUse } from '../../../shared/rules/writerRules';

const BRIEF_FILES = {
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
} as const;

let tagger: Promise<Tagger> | null = null;

/** The part-of-speech tagger figures need, loaded once, on the first brief that quotes. */
function partsOfSpeech(): Promise<Tagger> {
  tagger ??= loadTagger();
  return tagger;
}

/** A file name from the brief's title, safe on every system. */
function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80)
      .toLowerCase() || 'brief'
  );
}

export type BriefHandlers = Pick<
  ArchiveHandlers,
  'makeBrief' | 'exportBrief' | 'saveBrief' | 'listBriefs' | 'deleteBrief'
>;
type BriefRequest = OperationInput<'makeBrief'>;

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

/**
 * Sets the chosen sources side by side on the chosen themes: a coverage matrix, each source's
 * tagged passages quoted verbatim and cited exactly as `cite` cites them (a full note the first
 * time a source is cited in a note style, a short note after), the figures those passages
 * state, and the bibliography of what was cited.
 */
export async function makeBrief(
  state: ArchiveState,
  citations: CitationHandlers,
  request: BriefRequest,
): Promise<BriefView> {
  const doc = state.store.doc;
  const themes = request.themeIds.map((ref) => resolveTheme(doc.themes, ref));
  const styles = await citations.listStyles({});
  const style = styles.find((s) => s.id === request.style);
  if (!style)
    throw new ArchiveError('NOT_FOUND', `No citation style ${request.style} in this library.`);
  const covered = themes.map((t) => themeAndDescendants(doc, t.id));
  const onTheme = (themeIds: string[], i: number) => themeIds.some((id) => covered[i]!.has(id));
  const tagged = doc.highlights.filter((h) => covered.some((_, i) => onTheme(h.themeIds, i)));
  const ids =
    request.sourceIds ??
    (request.collectionId ? findCollection(state, request.collectionId).sourceIds : null);
  // By default every article with a text is compared, so one that is silent on the themes says
  // "not discussed"; comments come in where they hold a tagged passage.
  const taggedSources = new Set(tagged.map((h) => h.sourceId));
  const chosen = ids
    ? ids.map((id) => findSource(state, id))
    : doc.sources.filter((s) => taggedSources.has(s.id) || (!s.parentId && s.type !== 'reference'));
  const sources = ordered(chosen, request.order);

  // Each source's highlights on the themes, where they stand in its text now.
  const located = new Map<
    string,
    { highlight: Highlight; start: number; end: number; text: string }[]
  >();
  for (const source of sources) {
    const text = await sourceText(state, source);
    const found = [];
    for (const highlight of tagged.filter((h) => h.sourceId === source.id)) {
      const at = resolveAnchor(text, highlight.anchor);
      // A quote whose words are gone from the text cannot be quoted.
      if (!at.orphaned)
        found.push({ highlight, start: at.start, end: at.end, text: text.slice(at.start, at.end) });
    }
    located.set(
      source.id,
      found.sort((a, b) => a.start - b.start),
    );
  }

  // Cited in the order the brief reads: theme by theme, source by source.
  const cited = new Set<string>();
  const quoted: { theme: number; sourceId: string; quote: BriefQuote; full: string }[] = [];
  for (const [i] of themes.entries()) {
    for (const source of sources) {
      for (const { highlight, start, text } of located.get(source.id) ?? []) {
        if (!onTheme(highlight.themeIds, i)) continue;
        const passage = source.passages.find((p) => p.start <= start && start < p.end);
        const form = style.note ? (cited.has(source.id) ? 'short-note' : 'note') : 'in-text';
        const citation = await citations.cite({
          sourceId: source.id,
          style: request.style,
          ...(request.locale ? { locale: request.locale } : {}),
          form,
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

  const edits = request.figureEdits ?? {};
  const tag = quoted.length ? await partsOfSpeech() : null;
  const figureRules = figureRulesInUse(state.rules.current);
  const figures: BriefFigure[] = [];
  const dropped: BriefFigure[] = [];
  const seenFigures = new Set<string>();
  for (const { theme, sourceId, quote, full } of quoted) {
    for (const found of findFigures(full, tag!, figureRules)) {
      const id = `${quote.highlightId}:${found.start}`;
      // A quote on two themes states its figures once.
      if (seenFigures.has(id)) continue;
      seenFigures.add(id);
      const edit = edits[id];
      const figure: BriefFigure = {
        id,
        value: found.value,
        number: found.number,
        counts: edit?.counts ?? found.counts,
        themeId: themes[theme]!.id,
        sourceId,
        sourceTitle: sources.find((s) => s.id === sourceId)!.title,
        citation: quote.citation,
        corrected: edit?.counts !== undefined,
      };
      (edit?.dropped ? dropped : figures).push(figure);
    }
  }

  // Figures for the same thing stand together, so conflicting counts sit side by side.
  const byCounts = (a: BriefFigure, b: BriefFigure) => a.counts.localeCompare(b.counts);
  figures.sort(byCounts);

  const bibliography = cited.size
    ? await citations.bibliography({
        sourceIds: sources.filter((s) => cited.has(s.id)).map((s) => s.id),
        style: request.style,
        ...(request.locale ? { locale: request.locale } : {}),
      })
    : { entries: [], hangingIndent: true };
  // The brief's own words follow the language it cites in (the library's, unless asked).
  const language = request.locale ?? state.rules.current.citationLocale ?? 'en-US';
  return {
    title:
      request.title?.trim() || briefTerms(language).title(themes.map((t) => t.name).join(', ')),
    language,
    scope: {
      themes: themes.map((t) => t.name),
      sources: sources.length,
      style: style.label,
      made: state.now().toISOString(),
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

export function briefHandlers(state: ArchiveState, citations: CitationHandlers): BriefHandlers {
  return {
    makeBrief: async (request) => makeBrief(state, citations, request),

    exportBrief: async ({ format, ...request }) => {
      const brief = await makeBrief(state, citations, request);
      const bytes =
        format === 'docx'
          ? await (await import('../brief/briefDocx')).briefDocx(brief)
          : Buffer.from(format === 'md' ? briefMarkdown(brief) : briefHtmlPage(brief));
      const file = BRIEF_FILES[format];
      return {
        fileName: `${fileStem(brief.title)}.${file.extension}`,
        mimeType: file.mimeType,
        dataBase64: bytes.toString('base64'),
        count: brief.sections.reduce(
          (n, s) => n + s.blocks.reduce((m, b) => m + b.quotes.length, 0),
          0,
        ),
      };
    },

    listBriefs: async () => state.store.doc.briefs,

    saveBrief: async ({ id, ...definition }) => {
      const now = state.now().toISOString();
      const existing = id ? state.store.doc.briefs.find((b) => b.id === id) : undefined;
      if (id && !existing)
        throw new ArchiveError('NOT_FOUND', `No saved brief ${id} in this library.`);
      const saved: BriefDefinition = {
        id: existing?.id ?? newId('b'),
        title: definition.title?.trim() || existing?.title || 'Comparison brief',
        themeIds: definition.themeIds.map((ref) => resolveTheme(state.store.doc.themes, ref).id),
        sourceIds: definition.sourceIds ?? null,
        ...(definition.collectionId ? { collectionId: definition.collectionId } : {}),
        style: definition.style,
        order: definition.order,
        figureEdits: definition.figureEdits ?? {},
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await command(
        state,
        commandLabel('Save brief “{{title}}”', { title: saved.title }),
        (doc) => ({
          ...doc,
          briefs: existing
            ? doc.briefs.map((b) => (b.id === saved.id ? saved : b))
            : [...doc.briefs, saved],
        }),
      );
      return saved;
    },

    deleteBrief: async ({ id }) => {
      const brief = state.store.doc.briefs.find((b) => b.id === id);
      if (!brief) throw new ArchiveError('NOT_FOUND', `No saved brief ${id} in this library.`);
      const { history } = await command(
        state,
        commandLabel('Delete brief “{{title}}”', { title: brief.title }),
        (doc) => ({
          ...doc,
          briefs: doc.briefs.filter((b) => b.id !== id),
        }),
      );
      return history;
    },
  };
}
