import type { ArchiveHandlers, OperationInput } from '../../../shared/api/contract';
import { commandLabel } from '../../../shared/history/commandLabels';
import type { BriefView } from '../../../shared/api/types';
import { buildBrief } from '../../../shared/brief/buildBrief';
import { loadTagger, type Tagger } from '../../../shared/brief/partsOfSpeech';
import type { BriefDefinition } from '../../../shared/model/brief';
import { resolveTheme } from '../../../shared/model/themeTree';
import { ArchiveError } from '../../../shared/api/errors';
import { command, findSource, newId, sourceText, type ArchiveState } from '../archive/archiveState';
import type { CitationHandlers } from '../cite/citationHandlers';
import { findCollection } from '../library/collectionHandlers';
import { briefHtmlPage } from '../../../shared/brief/briefHtml';
import { briefMarkdown } from '../../../shared/brief/briefMarkdown';
import { figureRulesInUse } from '../../../shared/brief/figureRuleSet';

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

/** A brief of the library as it stands (shared/brief/buildBrief.ts), with its texts and citer. */
export async function makeBrief(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'rules' | 'now'>,
  citations: CitationHandlers,
  request: OperationInput<'makeBrief'>,
): Promise<BriefView> {
  const style = (await citations.listStyles({})).find((s) => s.id === request.style);
  if (!style)
    throw new ArchiveError('NOT_FOUND', `No citation style ${request.style} in this library.`);
  const ids =
    request.sourceIds ??
    (request.collectionId ? findCollection(state, request.collectionId).sourceIds : null);
  const { citationLocale } = state.rules.current;
  return buildBrief(
    {
      doc: state.store.doc,
      chosen: ids ? ids.map((id) => findSource(state, id)) : null,
      style,
      figureRules: figureRulesInUse(state.rules.current),
      ...(citationLocale ? { citationLocale } : {}),
      now: state.now(),
    },
    request,
    {
      textOf: (source) => sourceText(state, source),
      cite: (input) => citations.cite(input),
      bibliography: (input) => citations.bibliography(input),
      tagger: partsOfSpeech,
    },
  );
}

export function briefHandlers(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'rules' | 'now'>,
  citations: CitationHandlers,
): BriefHandlers {
  return {
    makeBrief: async (request) => makeBrief(state, citations, request),

    exportBrief: async ({ format, ...request }) => {
      const brief = await makeBrief(state, citations, request);
      const bytes =
        format === 'docx'
          ? await (await import('./briefDocx')).briefDocx(brief)
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
