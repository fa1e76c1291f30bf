import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { refusal } from '../../../shared/import/refusalWords';
import { MAX_PDF_PAGES, tooMany } from '../../../shared/import/inputLimits';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import {
  collapseWhitespace,
  type DocumentBlock,
  type StructuredDocument,
} from '../../../shared/import/documentLayout';
import { personName } from '../../../shared/import/personName';
import { joinBrokenLines } from '../../../shared/import/brokenLines';
import type { CslMetadata } from '../../../shared/model/source';
import { ImportRefused } from './importRefused';
import { marksOfPage } from './pdfMarks';
import { pageAnnotationCounter } from './pdfAnnotationCount';
import { MAX_DOCUMENT_MARKS, type DocumentMarks } from '../../../shared/import/documentMarks';

interface PdfLine {
  text: string;
  y: number;
  size: number;
}

function linesOfPage(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    if (item.str) {
      current ??= { text: '', y: item.transform[5] as number, size: 0 };
      current.text += item.str;
      current.size = Math.max(current.size, Math.abs(item.height));
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim());
}

/** The type size most of the text is set in: the body's, whatever the headings are. */
function bodyTypeSize(lines: PdfLine[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    characters.set(size, (characters.get(size) ?? 0) + line.text.length);
  }
  return [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * A page's lines grouped into paragraphs: a new one where the gap between lines opens wider than
 * the line spacing or the type size changes; larger type than the body's is a heading.
 */
function blocksOfPage(lines: PdfLine[], page: number, bodySize: number): DocumentBlock[] {
  // Running page numbers above or below the text are not the author's words.
  const body = lines.filter(
    (l, i) => !((i === 0 || i === lines.length - 1) && /^\s*\d{1,4}\s*$/.test(l.text)),
  );
  const groups: PdfLine[][] = [];
  for (const [i, line] of body.entries()) {
    const previous = body[i - 1];
    const sameStyle = previous && Math.abs(previous.size - line.size) <= previous.size * 0.15;
    const gap = previous ? previous.y - line.y : 0;
    if (previous && sameStyle && gap > 0 && gap <= line.size * 1.6) groups.at(-1)!.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => {
    const text = collapseWhitespace(joinBrokenLines(group.map((l) => l.text)));
    const heading = group[0]!.size > bodySize * 1.15 && text.length <= 150;
    return { kind: heading ? 'heading' : 'paragraph', text, page };
  });
}

function pdfMetadata(info: Record<string, unknown>): CslMetadata {
  const title = typeof info.Title === 'string' ? info.Title.trim() : '';
  const author = typeof info.Author === 'string' ? info.Author.trim() : '';
  // Word and printer drivers write their own names where a title should be.
  const usefulTitle = title && !/^(untitled|microsoft word - .*|.*\.(docx?|pdf|txt))$/i.test(title);
  return {
    type: 'report',
    ...(usefulTitle ? { title } : {}),
    ...(author
      ? {
          author: author
            .split(/\s*(?:;|\band\b|&)\s*/)
            .filter(Boolean)
            .map(personName),
        }
      : {}),
  };
}

function refusalFor(error: unknown): ImportRefused {
  const name = (error as Error).name;
  if (name === 'PasswordException') return new ImportRefused(refusal('it is password-protected'));
  if (name === 'InvalidPDFException')
    return new ImportRefused(
      refusal('it is damaged or not a PDF (pdf.js found no valid PDF structure)'),
    );
  return new ImportRefused(
    refusal('pdf.js could not read it ({{detail}})', { detail: (error as Error).message }),
  );
}

/** A PDF's text through pdf.js, each paragraph keeping the page it stands on for citing by page. */
export async function pdfDocument(bytes: Uint8Array): Promise<StructuredDocument> {
  // pdf.js takes ownership of the buffer it is given.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw refusalFor(error);
    });
    if (pdf.numPages > MAX_PDF_PAGES)
      throw new ImportRefused(
        tooMany('pages', pdf.numPages, MAX_PDF_PAGES, 'split it into parts and import each'),
      );
    const pages: PdfLine[][] = [];
    const marks: DocumentMarks = { marks: [], listed: [] };
    let pagesUnread = 0;
    let marksLeft = 0;
    let annotationsRead = 0;
    const annotationsOn = pageAnnotationCounter(bytes);
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const items = (await page.getTextContent()).items.filter((i): i is TextItem => 'str' in i);
      pages.push(linesOfPage(items));
      // Past the bound, a page's annotations are not read at all: counted, so it is told.
      const room = MAX_DOCUMENT_MARKS - marks.marks.length;
      if (room <= 0) {
        pagesUnread++;
        continue;
      }
      // pdf.js builds a page's annotations all at once, ~100 KB each: counted in the file first.
      const named = annotationsOn(page.ref?.num ?? -1);
      if (named !== null && named > MAX_DOCUMENT_MARKS - annotationsRead) {
        marks.listed.push(
          `page ${n}: its ${named.toLocaleString('en')} annotations are more than the ${MAX_DOCUMENT_MARKS.toLocaleString('en')} Dossier reads from one document, so none of them was read`,
        );
        continue;
      }
      annotationsRead += named ?? 0;
      const found = await marksOfPage(page, n, items).catch(() => null);
      if (!found) {
        marks.listed.push(`page ${n}: its annotations could not be read`);
        continue;
      }
      marksLeft += Math.max(0, found.marks.length - room);
      marks.marks.push(...found.marks.slice(0, room));
      marks.listed.push(...found.listed);
    }
    if (marksLeft || pagesUnread)
      marks.listed.push(
        `past the ${MAX_DOCUMENT_MARKS.toLocaleString('en')} highlights Dossier takes from one document: ${marksLeft} more highlights${pagesUnread ? ` and the annotations of ${pagesUnread} later page${pagesUnread === 1 ? '' : 's'}` : ''}, not read`,
      );
    const all = pages.flat();
    if (all.length === 0) {
      throw new ImportRefused(
        refusal('it has no text layer (a scanned PDF?); Dossier reads text, not images of text'),
      );
    }
    const bodySize = bodyTypeSize(all);
    const blocks = pages.flatMap((lines, i) => blocksOfPage(lines, i + 1, bodySize));
    const { info } = await pdf.getMetadata().catch(() => ({ info: {} }));
    const metadata = pdfMetadata(info as Record<string, unknown>);
    const leading = blocks[0]?.kind === 'heading' ? blocks[0].text : null;
    const title = (metadata.title as string | undefined) ?? leading;
    // The first page's own title line repeats the title, whatever its type size.
    const repeated = blocks[0] && blocks[0].text === title ? 1 : 0;
    return {
      title,
      blocks: blocks.slice(repeated),
      captions: [],
      comments: [],
      signature: null,
      metadata,
      warnings: [],
      ...(marks.marks.length || marks.listed.length ? { marks } : {}),
    };
  } finally {
    await task.destroy();
  }
}
