import { crc32, createDeflateRaw } from 'node:zlib';
import JSZip from 'jszip';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

export interface FixturePage {
  heading?: string;
  paragraphs: string[];
}

/** A PDF made with PDFKit: a title on the first page, then headings and paragraphs page by page. */
export function makePdf(title: string, pages: FixturePage[], author?: string): Promise<Buffer> {
  const doc = new PDFDocument({ info: { Title: title, ...(author ? { Author: author } : {}) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage();
    if (i === 0) doc.fontSize(20).text(title).moveDown();
    if (page.heading) doc.fontSize(15).text(page.heading).moveDown(0.5);
    for (const paragraph of page.paragraphs) doc.fontSize(11).text(paragraph).moveDown();
  });
  doc.end();
  return done;
}

/** A mark a reader made on a PDF's words, for makeAnnotatedPdf. */
export interface FixtureMark {
  page: number;
  /** The words marked: they must stand within one line of that page. */
  words: string;
  kind: 'highlight' | 'underline' | 'strike';
  /** #rrggbb. */
  color?: string;
}

/**
 * A PDF made with PDFKit whose pages are single lines of text, with highlight, underline and
 * strike-out annotations drawn over the given words (their boxes measured with PDFKit's own
 * metrics), and sticky notes where asked.
 */
export function makeAnnotatedPdf(
  title: string,
  pages: string[][],
  marks: FixtureMark[],
  notes: { page: number; text: string }[] = [],
): Promise<Buffer> {
  const doc = new PDFDocument({ info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  pages.forEach((lines, i) => {
    if (i > 0) doc.addPage();
    doc.fontSize(11);
    const placed: { line: string; y: number }[] = [];
    for (const line of lines) {
      placed.push({ line, y: doc.y });
      doc.text(line, 72, doc.y).moveDown();
    }
    for (const mark of marks.filter((m) => m.page === i + 1)) {
      const at = placed.find((p) => p.line.includes(mark.words));
      if (!at) throw new Error(`“${mark.words}” is on no line of page ${mark.page}`);
      const x = 72 + doc.widthOfString(at.line.slice(0, at.line.indexOf(mark.words)));
      const box = [x, at.y, doc.widthOfString(mark.words), doc.currentLineHeight()] as const;
      const options = mark.color ? { color: mark.color } : {};
      if (mark.kind === 'highlight') doc.highlight(...box, options);
      else if (mark.kind === 'underline') doc.underline(...box, options);
      else doc.strike(...box, options);
    }
    for (const note of notes.filter((n) => n.page === i + 1)) doc.note(400, 72, 20, 20, note.text);
  });
  doc.end();
  return done;
}

/** A Word file made with the docx package: Title style, headings, paragraphs, core properties. */
export function makeDocx(
  title: string,
  blocks: { heading?: string; text?: string }[],
  creator?: string,
): Promise<Buffer> {
  const doc = new Document({
    title,
    ...(creator ? { creator } : {}),
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          ...blocks.map((b) =>
            b.heading
              ? new Paragraph({ text: b.heading, heading: HeadingLevel.HEADING_1 })
              : new Paragraph({ children: [new TextRun(b.text ?? '')] }),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * A zip whose one entry inflates to `size` bytes of zeros from a few hundred kilobytes, written
 * by hand so that the bomb is streamed, never held in memory by the test.
 */
export async function zipBomb(name: string, size: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  const data = Buffer.concat(out);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size >>> 0, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size >>> 0, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryStart = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(directoryStart, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

/** Cyrillic text in Windows-1251, the encoding older Russian and Kazakh sites still save in. */
export function toWindows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (ch === 'Ё') return 0xa8;
      if (ch === 'ё') return 0xb8;
      if (code < 0x80) return code;
      throw new Error(`${ch} has no Windows-1251 byte in this helper`);
    }),
  );
}

/** A Word file whose document properties declare a DTD with an entity (a "billion laughs" seed). */
export async function docxWithDtd(title: string, text: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await makeDocx(title, [{ text }], 'Real Author'));
  const core = await zip.file('docProps/core.xml')!.async('string');
  const withDtd = core.replace(
    /^(<\?xml[^>]*\?>)?/,
    '$1<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
  );
  zip.file('docProps/core.xml', withDtd.replace('Real Author', '&lol2;'));
  return zip.generateAsync({ type: 'nodebuffer' });
}
