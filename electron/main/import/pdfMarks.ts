import { PDFDateString } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { DocumentMark } from '../../../shared/import/documentMarks';
import { quadBoxes, textUnderBoxes } from '../../../shared/annotations/textUnderQuads';

const MARKUP: Record<string, DocumentMark['kind']> = {
  Highlight: 'highlight',
  Underline: 'underline',
  Squiggly: 'squiggly',
  StrikeOut: 'strikeout',
};

// Annotations that are the document's own machinery, not a reader's marks.
const NOT_READERS = new Set(['Link', 'Widget', 'Popup', 'PrinterMark', 'TrapNet', 'Watermark']);

const DESCRIBED: Record<string, string> = {
  FreeText: 'a note written on the page',
  Text: 'a sticky note',
  Ink: 'an ink drawing',
  Stamp: 'a stamp',
  Square: 'a drawn box',
  Circle: 'a drawn circle',
  Line: 'a drawn line',
  Polygon: 'a drawn shape',
  PolyLine: 'a drawn line',
  Caret: 'an insertion mark',
  FileAttachment: 'an attached file',
  Sound: 'a sound',
};

/** What pdf.js gives of an annotation: the fields Dossier reads. */
interface AnnotationData {
  id?: string;
  subtype?: string;
  quadPoints?: ArrayLike<number> | null;
  color?: ArrayLike<number> | null;
  contentsObj?: { str?: string };
  titleObj?: { str?: string };
  creationDate?: string | null;
  modificationDate?: string | null;
  inReplyTo?: string;
}

const hex = (color: ArrayLike<number> | null | undefined) =>
  color && color.length === 3
    ? `#${Array.from(color, (c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
    : '';

function when(a: AnnotationData): string | undefined {
  const raw = a.creationDate ?? a.modificationDate;
  const date = raw ? PDFDateString.toDateObject(raw) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

const folded = (s: string) => s.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * A page's markup annotations as marks on the words under them, each with its note and the
 * replies to it; the page's other annotations described so the writer sees each was there.
 */
export async function marksOfPage(
  page: PDFPageProxy,
  pageNumber: number,
  items: readonly TextItem[],
): Promise<{ marks: DocumentMark[]; listed: string[] }> {
  const annotations = (await page.getAnnotations()) as AnnotationData[];
  const runs = items.map((i) => ({
    str: i.str,
    x: i.transform[4] as number,
    y: i.transform[5] as number,
    width: i.width,
    height: Math.abs(i.height) || Math.abs(i.transform[3] as number),
    eol: i.hasEOL,
  }));
  const marks: DocumentMark[] = [];
  const byId = new Map<string, DocumentMark>();
  const listed: string[] = [];
  for (const a of annotations) {
    const kind = a.subtype ? MARKUP[a.subtype] : undefined;
    if (!kind || !a.quadPoints) continue;
    const quote = textUnderBoxes(runs, quadBoxes(a.quadPoints));
    const contents = a.contentsObj?.str?.trim() ?? '';
    // Preview and others write the marked words themselves as the note when there is none.
    const note = contents && folded(contents) !== folded(quote) ? contents : '';
    const createdAt = when(a);
    const mark: DocumentMark = {
      kind,
      quote,
      note,
      color: hex(a.color),
      page: pageNumber,
      ...(a.titleObj?.str?.trim() ? { author: a.titleObj.str.trim() } : {}),
      ...(createdAt ? { createdAt } : {}),
    };
    marks.push(mark);
    if (a.id) byId.set(a.id, mark);
  }
  for (const a of annotations) {
    if (!a.subtype || MARKUP[a.subtype] || NOT_READERS.has(a.subtype)) continue;
    const text = a.contentsObj?.str?.trim() ?? '';
    const parent = a.inReplyTo ? byId.get(a.inReplyTo) : undefined;
    if (parent && text) {
      parent.note = [parent.note, text].filter(Boolean).join('\n');
      continue;
    }
    const what = DESCRIBED[a.subtype] ?? `a ${a.subtype} annotation`;
    listed.push(`page ${pageNumber}: ${what}${text ? ` “${text.replace(/\s+/gu, ' ')}”` : ''}`);
  }
  return { marks, listed };
}
