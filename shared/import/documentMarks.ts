/** A highlight a reader made in the file itself (a PDF's markup annotation), as read. */
export interface DocumentMark {
  kind: 'highlight' | 'underline' | 'squiggly' | 'strikeout';
  /** The words under it, as the page lays them out. */
  quote: string;
  /** The reader's note on it, and the replies to it, one a line. */
  note: string;
  /** #rrggbb, or '' when the file gives none. */
  color: string;
  page: number;
  author?: string;
  createdAt?: string;
}

/** What a file's annotations gave: marks to place, and the rest named so none is dropped. */
export interface DocumentMarks {
  marks: DocumentMark[];
  /** Annotations that mark no words (free text, ink, stamps, sticky notes), each described. */
  listed: string[];
}

/**
 * More marks than any reader makes in one document: past it the rest are counted, not read.
 * pdf.js holds ~100 KB for each annotation it reads, so this is also the memory bound (~500 MB).
 */
export const MAX_DOCUMENT_MARKS = 5_000;

/** What placing a document's own highlights on its text did. */
export interface MarksReport {
  highlightsAdded: number;
  /** Marks the source already had as highlights at the same place: not added twice. */
  highlightsExisting: number;
  /** The themes the highlights took, by name. */
  themes: string[];
  /** Marks whose words were not found in the text, each named with its page. */
  notPlaced: string[];
  /** Annotations that mark no words, described: kept in the source's note. */
  listed: string[];
}
