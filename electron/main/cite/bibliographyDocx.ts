import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Bibliography } from '../../../shared/api/types';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#38': '&',
  '#39': "'",
};

/** citeproc's HTML as Word runs: italic and bold kept, other tags dropped. */
export function runs(html: string): TextRun[] {
  const out: TextRun[] = [];
  let italics = false;
  let bold = false;
  for (const part of html.split(/(<[^>]+>)/)) {
    if (!part) continue;
    const tag = /^<(\/?)(\w+)/.exec(part);
    if (tag) {
      const open = tag[1] !== '/';
      if (tag[2] === 'i' || tag[2] === 'em') italics = open;
      if (tag[2] === 'b' || tag[2] === 'strong') bold = open;
      continue;
    }
    const text = part.replace(/&(amp|lt|gt|quot|#38|#39);/g, (_m, e: string) => ENTITIES[e] ?? _m);
    out.push(new TextRun({ text, italics, bold }));
  }
  return out;
}

/** A Word document of the bibliography, with hanging indents when the style asks for them. */
export function bibliographyDocx(bibliography: Bibliography): Promise<Buffer> {
  const doc = new Document({
    creator: 'Dossier',
    title: 'Bibliography',
    sections: [
      {
        children: bibliography.entries.map(
          (entry) =>
            new Paragraph({
              children: runs(entry.html),
              spacing: { after: 240 },
              ...(bibliography.hangingIndent ? { indent: { left: 720, hanging: 720 } } : {}),
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
