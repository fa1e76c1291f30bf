import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { marked, type Token, type Tokens } from 'marked';
import { substitute, type DraftCitations } from '../../../shared/cite/renderDraft';
import { runs } from './bibliographyDocx';

/**
 * A Markdown draft as a Word document: its headings, paragraphs, lists and quotes as Word
 * paragraphs, each citation a real Word footnote in a note style (Word numbers and moves them)
 * or in the text otherwise, and the bibliography of what was cited, with hanging indents.
 */

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
// Letters only, so Markdown leaves it whole wherever it stands.
const PLACE = /DOSSIERCITE(\d+)X/g;

interface Style {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  font?: string;
}

export function draftDocx(markdown: string, d: DraftCitations, title: string): Promise<Buffer> {
  const pieces: { html: string; note: number | null }[] = [];
  const place = (html: string, note: number | null) =>
    `DOSSIERCITE${pieces.push({ html, note }) - 1}X`;
  const body = substitute(
    markdown,
    d,
    (html, n) => place(html, d.note ? n : null),
    (html) => place(html, null),
  );
  const footnotes: Record<number, { children: Paragraph[] }> = {};

  const textRuns = (text: string, style: Style): ParagraphChild[] =>
    text.split(PLACE).flatMap((part, i) => {
      if (i % 2 === 0) return part ? [new TextRun({ text: part, ...style })] : [];
      const piece = pieces[Number(part)]!;
      if (piece.note === null) return runs(piece.html);
      footnotes[piece.note] = { children: [new Paragraph({ children: runs(piece.html) })] };
      return [new FootnoteReferenceRun(piece.note)];
    });

  const inline = (tokens: Token[] | undefined, style: Style = {}): ParagraphChild[] =>
    (tokens ?? []).flatMap((t): ParagraphChild[] => {
      switch (t.type) {
        case 'strong':
          return inline((t as Tokens.Strong).tokens, { ...style, bold: true });
        case 'em':
          return inline((t as Tokens.Em).tokens, { ...style, italics: true });
        case 'del':
          return inline((t as Tokens.Del).tokens, { ...style, strike: true });
        case 'codespan':
          return textRuns((t as Tokens.Codespan).text, { ...style, font: 'Consolas' });
        case 'br':
          return [new TextRun({ text: '', break: 1 })];
        case 'link':
          return inline((t as Tokens.Link).tokens, style);
        case 'text':
          return 'tokens' in t && t.tokens
            ? inline(t.tokens, style)
            : textRuns((t as Tokens.Text).text, style);
        case 'escape':
          return textRuns((t as Tokens.Escape).text, style);
        default:
          return textRuns('text' in t ? String(t.text) : t.raw, style);
      }
    });

  const blocks = (tokens: Token[], indent = 0): Paragraph[] =>
    tokens.flatMap((t): Paragraph[] => {
      const at = indent ? { indent: { left: indent } } : {};
      switch (t.type) {
        case 'heading': {
          const h = t as Tokens.Heading;
          return [
            new Paragraph({ children: inline(h.tokens), heading: HEADINGS[h.depth - 1], ...at }),
          ];
        }
        case 'paragraph':
          return [new Paragraph({ children: inline((t as Tokens.Paragraph).tokens), ...at })];
        case 'blockquote':
          return blocks((t as Tokens.Blockquote).tokens, indent + 720);
        case 'list': {
          const list = t as Tokens.List;
          return list.items.flatMap((item, i) => {
            const mark = list.ordered ? `${Number(list.start || 1) + i}. ` : '• ';
            const [first, ...rest] = item.tokens;
            const lead = first && 'tokens' in first ? inline(first.tokens) : [];
            return [
              new Paragraph({
                children: [new TextRun(mark), ...lead],
                indent: { left: indent + 360, hanging: 360 },
              }),
              ...blocks(rest, indent + 360),
            ];
          });
        }
        case 'code':
          return (t as Tokens.Code).text
            .split('\n')
            .map(
              (line) => new Paragraph({ children: textRuns(line, { font: 'Consolas' }), ...at }),
            );
        case 'table': {
          const table = t as Tokens.Table;
          return [table.header, ...table.rows].map(
            (row) =>
              new Paragraph({
                children: row.flatMap((cell, i) => [
                  ...(i ? [new TextRun('\t')] : []),
                  ...inline(cell.tokens),
                ]),
                ...at,
              }),
          );
        }
        case 'space':
        case 'hr':
          return [];
        default:
          return 'raw' in t && t.raw.trim()
            ? [new Paragraph({ children: textRuns(t.raw.trim(), {}), ...at })]
            : [];
      }
    });

  const children = blocks(marked.lexer(body));
  if (d.bibliography.length)
    children.push(
      new Paragraph({ text: d.heading, heading: HeadingLevel.HEADING_1 }),
      ...d.bibliography.map(
        (html) =>
          new Paragraph({
            children: runs(html),
            spacing: { after: 240 },
            indent: { left: 720, hanging: 720 },
          }),
      ),
    );
  const doc = new Document({
    creator: 'Dossier',
    title,
    footnotes,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
