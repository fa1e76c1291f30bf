import type { DocumentMarks } from './documentMarks';
import type { CslMetadata } from '../model/source';
import type { TextSpan } from './plainText';
import type { Caption } from './webText/captions';
import type { RecoveredComment } from './webText/comments';

/** One unit of an article's body as an importer found it, in reading order. */
export interface DocumentBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** The printed page it stands on, for formats that have pages (PDF). */
  page?: number;
}

/** A figure caption and the block it stood before. */
export interface BlockCaption extends Caption {
  before: number;
}

/** Lines an import leaves out as the site's, that the writer asked to have back. */
export interface PutBack {
  /** All of them (the writer asked for everything back). */
  keepFurniture?: boolean;
  /** Lines the writer put back one by one: kept wherever they stand. */
  keepLines?: readonly string[];
}

/** What every importer (pasted text, HTML, Markdown, PDF, DOCX) makes of a file. */
export interface StructuredDocument {
  title: string | null;
  blocks: DocumentBlock[];
  captions: BlockCaption[];
  comments: RecoveredComment[];
  /** A closing signature ("Stefan"), offered as the author. */
  signature: string | null;
  /** What the file itself says about the work, as CSL-JSON. */
  metadata: CslMetadata;
  /** What the writer should know about how the file was read (replacement characters, …). */
  warnings: string[];
  /** Lines removed as site furniture; kept with the source and listed, never dropped silently. */
  removed?: string[];
  /** Highlights a reader made in the file itself (a PDF's annotations). */
  marks?: DocumentMarks;
  /** A book's chapters (an EPUB's spine documents), each from its first block. */
  chapters?: BlockChapter[];
}

/** A chapter of a book: the number its heading gives ('' for none) and its first block. */
export interface BlockChapter {
  label: string;
  firstBlock: number;
}

/** A chapter of a book where it starts in the laid-out text. */
export interface ChapterSpan {
  /** The number the book gives it ("3", "IV"), or '' for an unnumbered part (a preface). */
  label: string;
  start: number;
}

export interface SectionSpan {
  heading: string;
  /** Where the heading stands in the laid-out text. */
  start: number;
  end: number;
}

export interface PlacedCaption extends Caption {
  /** Offset in the laid-out text where the figure stood. */
  position: number;
}

export interface PlacedPassage extends TextSpan {
  page?: number;
}

export interface LaidOutText {
  text: string;
  passages: PlacedPassage[];
  sections: SectionSpan[];
  captions: PlacedCaption[];
  chapters: ChapterSpan[];
}

/**
 * The stored text of a document: its title, then each block, separated by a blank line, so that
 * passages and headings are addressed by offsets into one string whatever the file's format was.
 */
export function layoutDocument(
  title: string | null,
  blocks: readonly DocumentBlock[],
  captions: readonly BlockCaption[] = [],
  chapters: readonly BlockChapter[] = [],
): LaidOutText {
  let text = title ?? '';
  const passages: PlacedPassage[] = [];
  const sections: SectionSpan[] = [];
  const starts: number[] = [];
  for (const block of blocks) {
    if (text) text += '\n\n';
    const start = text.length;
    starts.push(start);
    text += block.text;
    if (block.kind === 'heading') sections.push({ heading: block.text, start, end: text.length });
    else passages.push({ start, end: text.length, ...(block.page ? { page: block.page } : {}) });
  }
  // A text that is only a title is its own only passage.
  if (title !== null && passages.length === 0 && sections.length === 0) {
    passages.push({ start: 0, end: title.length });
  }
  return {
    text,
    passages,
    sections,
    captions: captions.map(({ before, ...c }) => ({
      ...c,
      position: starts[before] ?? text.length,
    })),
    // A chapter whose blocks were all left out has no start, and no passage to locate.
    chapters: chapters.flatMap(({ label, firstBlock }) =>
      starts[firstBlock] === undefined ? [] : [{ label, start: starts[firstBlock] }],
    ),
  };
}

/** Runs of spaces, tabs and line breaks inside a block, as HTML and PDF text has them, made one. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}
