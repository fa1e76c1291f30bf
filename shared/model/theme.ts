export type Theme = {
  id: string;
  name: string;
  /** A CSS colour, #rrggbb. */
  color: string;
  description: string;
  /** The theme this one is a sub-theme of. */
  parentId: string | null;
  /** Words and phrases whose presence suggests the theme. */
  cues: string[];
};

/** Where a highlight sits: offsets, and the quote with a little context to find it again. */
export type TextAnchor = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

export type Highlight = {
  id: string;
  sourceId: string;
  themeIds: string[];
  note: string;
  anchor: TextAnchor;
  createdAt: string;
  /** In a shared library: the key of the writer who last tagged or edited it. */
  by?: string;
  /** That writer's Ed25519 signature of the highlight as they sent it (see signedContent). */
  sig?: string;
};

/** A suggestion the writer turned down, so it is not offered again. */
export type DismissedSuggestion = {
  sourceId: string;
  passageId: string;
  themeId: string;
};
