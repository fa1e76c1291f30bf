/** A comparison brief as the window shows it and the exports write it. */

/** A quoted passage in a brief: verbatim (trimmed at a word, never reworded), cited, with notes. */
export interface BriefQuote {
  highlightId: string;
  /** The quote, a verbatim part of the source's text. */
  text: string;
  /** The quote was longer and is cut here; an ellipsis follows it. */
  trimmed: boolean;
  citation: { text: string; html: string };
  /** The writer's note on the highlight, shown beneath the quote. */
  note: string;
}

export interface BriefFigure {
  /** Stable across remakes: the highlight and where the figure stands in its quote. */
  id: string;
  value: string;
  number: number | null;
  counts: string;
  themeId: string;
  sourceId: string;
  sourceTitle: string;
  citation: { text: string; html: string };
  /** The writer corrected what it counts. */
  corrected: boolean;
}

export interface BriefView {
  title: string;
  /** The language it cites in (a CSL locale, "en-US"): its own words follow it (briefTerms). */
  language: string;
  scope: { themes: string[]; sources: number; style: string; made: string };
  /** Footnotes (a note style) or citations in the text. */
  notes: boolean;
  matrix: {
    themes: { id: string; name: string }[];
    rows: { sourceId: string; title: string; counts: number[] }[];
  };
  sections: {
    themeId: string;
    theme: string;
    blocks: { sourceId: string; title: string; quotes: BriefQuote[] }[];
    notDiscussed: { sourceId: string; title: string }[];
  }[];
  figures: BriefFigure[];
  /** Figures the writer dropped, so they can be put back. */
  droppedFigures: BriefFigure[];
  /** Each entry with what a full citation of it still lacks (said beside the brief). */
  bibliography: { text: string; html: string; title: string; missing: string[] }[];
  hangingIndent: boolean;
}
