/** The order a brief sets its sources in. */
export type BriefOrder = 'date' | 'title' | 'chosen';

/** A writer's correction to a row of a brief's figures table. */
export type FigureEdit = {
  dropped?: boolean;
  /** What the figure counts, as the writer corrected it. */
  counts?: string;
};

/** A brief as saved in the library: what it compares, so it can be made again after more tagging. */
export type BriefDefinition = {
  id: string;
  title: string;
  themeIds: string[];
  /** The sources compared, in the chosen order; null: every source with a passage on a theme. */
  sourceIds: string[] | null;
  /** Or a saved collection's sources, as the collection holds them when the brief is made. */
  collectionId?: string;
  /** apa, chicago-note, chicago-author-date or added:<id>. */
  style: string;
  order: BriefOrder;
  /** Corrections to the figures table, by figure id. */
  figureEdits: Record<string, FigureEdit>;
  createdAt: string;
  updatedAt: string;
};
