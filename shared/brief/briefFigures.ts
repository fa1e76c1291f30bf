import type { BriefFigure } from './briefView';
import type { FigureRuleSet } from './figureRuleSet';
import type { QuotedPassage } from './buildBrief';
import { findFigures } from './findFigures';
import type { Tagger } from './partsOfSpeech';

/** A writer's correction of one figure: what it counts, or that it is no figure at all. */
export interface FigureEdit {
  counts?: string;
  dropped?: boolean;
}

/**
 * The figures a brief's quotes state, each with its source and citation, the writer's
 * corrections applied: those kept (figures of the same thing side by side, so conflicting
 * counts meet) and those the writer dropped.
 */
export function briefFigures(
  quoted: readonly QuotedPassage[],
  context: {
    /** The tagger, loaded where there is a quote to read. */
    tag: Tagger | null;
    rules: FigureRuleSet;
    edits: Readonly<Record<string, FigureEdit>>;
    /** The brief's themes' ids, by the theme number a quote stands under. */
    themeIds: readonly string[];
    titleOf: (sourceId: string) => string;
  },
): { figures: BriefFigure[]; dropped: BriefFigure[] } {
  const figures: BriefFigure[] = [];
  const dropped: BriefFigure[] = [];
  const seen = new Set<string>();
  for (const { theme, sourceId, quote, full } of quoted) {
    for (const found of findFigures(full, context.tag!, context.rules)) {
      const id = `${quote.highlightId}:${found.start}`;
      // A quote on two themes states its figures once.
      if (seen.has(id)) continue;
      seen.add(id);
      const edit = context.edits[id];
      const figure: BriefFigure = {
        id,
        value: found.value,
        number: found.number,
        counts: edit?.counts ?? found.counts,
        themeId: context.themeIds[theme]!,
        sourceId,
        sourceTitle: context.titleOf(sourceId),
        citation: quote.citation,
        corrected: edit?.counts !== undefined,
      };
      (edit?.dropped ? dropped : figures).push(figure);
    }
  }
  figures.sort((a, b) => a.counts.localeCompare(b.counts));
  return { figures, dropped };
}
