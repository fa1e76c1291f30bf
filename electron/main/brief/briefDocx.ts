import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BriefView } from '../../../shared/api/types';
import { briefScope } from '../../../shared/brief/briefScope';
import { briefTerms } from '../../../shared/brief/briefTerms';
import { runs } from '../cite/bibliographyDocx';

function table(header: string[], rows: (string | TextRun[])[][]): Table {
  const cell = (content: string | TextRun[], bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          children: typeof content === 'string' ? [new TextRun({ text: content, bold })] : content,
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) })),
    ],
  });
}

/**
 * The brief as a Word document: for a note style, each citation a real Word footnote (so the
 * writer's word processor numbers and moves them); otherwise citations in the text.
 */
export function briefDocx(brief: BriefView): Promise<Buffer> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let next = 1;
  const cite = (html: string) => {
    if (!brief.notes) return [new TextRun(' '), ...runs(html)];
    footnotes[next] = { children: [new Paragraph({ children: runs(html) })] };
    return [new FootnoteReferenceRun(next++)];
  };
  const words = briefTerms(brief.language);
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: brief.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: briefScope(brief),
          italics: true,
        }),
      ],
    }),
    new Paragraph({ text: words.coverage, heading: HeadingLevel.HEADING_1 }),
    table(
      [words.source, ...brief.matrix.themes.map((t) => t.name)],
      brief.matrix.rows.map((r) => [
        r.title,
        ...r.counts.map((n) => (n ? String(n) : words.notDiscussed)),
      ]),
    ),
  ];
  for (const section of brief.sections) {
    body.push(new Paragraph({ text: section.theme, heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) {
      body.push(new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_2 }));
      for (const quote of block.quotes) {
        body.push(
          new Paragraph({
            indent: { left: 720 },
            children: [
              new TextRun(`“${quote.text}${quote.trimmed ? ' …' : ''}”`),
              ...cite(quote.citation.html),
            ],
          }),
        );
        if (quote.note) {
          body.push(
            new Paragraph({
              indent: { left: 720 },
              children: [new TextRun({ text: `${words.note}: ${quote.note}`, italics: true })],
            }),
          );
        }
      }
    }
    if (section.notDiscussed.length) {
      body.push(
        new Paragraph({
          children: [
            new TextRun({
              text: `${words.notDiscussedIn}: ${section.notDiscussed.map((s) => s.title).join('; ')}.`,
              italics: true,
            }),
          ],
        }),
      );
    }
  }
  body.push(new Paragraph({ text: words.figures, heading: HeadingLevel.HEADING_1 }));
  body.push(
    brief.figures.length
      ? table(
          [words.figure, words.counts, words.source, words.citation],
          brief.figures.map((f) => [f.value, f.counts, f.sourceTitle, runs(f.citation.html)]),
        )
      : new Paragraph(words.noFigures),
  );
  body.push(new Paragraph({ text: words.bibliography, heading: HeadingLevel.HEADING_1 }));
  for (const entry of brief.bibliography) {
    body.push(
      new Paragraph({
        children: runs(entry.html),
        spacing: { after: 240 },
        ...(brief.hangingIndent ? { indent: { left: 720, hanging: 720 } } : {}),
      }),
    );
  }
  return Packer.toBuffer(
    new Document({
      creator: 'Dossier',
      title: brief.title,
      footnotes,
      sections: [{ children: body }],
    }),
  );
}
