import type { LibraryDocument } from '../model/libraryDocument';

/**
 * Agreement between two coders on passage-level decisions (did each tag this passage with this
 * theme?): the share of decisions they agree on, Cohen's κ (agreement beyond each coder's own
 * rate) and Krippendorff's α for nominal data (agreement beyond the pooled rate, with the
 * small-sample correction), computed from the four counts of a 2×2 table.
 */

export interface DecisionTable {
  /** Both tagged, only the first, only the second, neither. */
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
}

export interface AgreementFigures {
  units: number;
  percent: number;
  kappa: number | null;
  alpha: number | null;
}

export function agreementOf(t: DecisionTable): AgreementFigures {
  const n = t.both + t.firstOnly + t.secondOnly + t.neither;
  if (n === 0) return { units: 0, percent: 0, kappa: null, alpha: null };
  const observed = (t.both + t.neither) / n;
  const first = (t.both + t.firstOnly) / n;
  const second = (t.both + t.secondOnly) / n;
  const chance = first * second + (1 - first) * (1 - second);
  const kappa = chance === 1 ? null : (observed - chance) / (1 - chance);
  // Krippendorff: values pooled over both coders (2n of them), disagreement from the
  // coincidence matrix.
  const ones = 2 * t.both + t.firstOnly + t.secondOnly;
  const zeros = 2 * n - ones;
  const disagreeing = t.firstOnly + t.secondOnly;
  const alpha = ones === 0 || zeros === 0 ? null : 1 - ((2 * n - 1) * disagreeing) / (ones * zeros);
  return { units: n, percent: observed * 100, kappa, alpha };
}

export interface ThemeAgreement extends AgreementFigures {
  themeId: string;
  /** Passages one coded with the theme and the other did not. */
  disagreements: { sourceId: string; passageId: string; codedBy: 'first' | 'second' }[];
}

/**
 * Per theme, for the sources both writers tagged something in: each passage is a unit, each
 * writer's decision whether a highlight of theirs with that theme touches it.
 */
export function themeAgreement(
  doc: LibraryDocument,
  first: string,
  second: string,
): ThemeAgreement[] {
  const byWriter = (key: string) => doc.highlights.filter((h) => h.by === key);
  const mine = byWriter(first);
  const theirs = byWriter(second);
  const both = new Set(
    mine.map((h) => h.sourceId).filter((id) => theirs.some((h) => h.sourceId === id)),
  );
  const coded = (
    list: typeof mine,
    sourceId: string,
    start: number,
    end: number,
    themeId: string,
  ) =>
    list.some(
      (h) =>
        h.sourceId === sourceId &&
        h.themeIds.includes(themeId) &&
        h.anchor.start < end &&
        h.anchor.end > start,
    );
  return doc.themes.map((theme) => {
    const table: DecisionTable = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
    const disagreements: ThemeAgreement['disagreements'] = [];
    for (const source of doc.sources.filter((s) => both.has(s.id))) {
      for (const passage of source.passages) {
        const a = coded(mine, source.id, passage.start, passage.end, theme.id);
        const b = coded(theirs, source.id, passage.start, passage.end, theme.id);
        if (a && b) table.both++;
        else if (a) table.firstOnly++;
        else if (b) table.secondOnly++;
        else table.neither++;
        if (a !== b)
          disagreements.push({
            sourceId: source.id,
            passageId: passage.id,
            codedBy: a ? 'first' : 'second',
          });
      }
    }
    return { themeId: theme.id, ...agreementOf(table), disagreements };
  });
}
