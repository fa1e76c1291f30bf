import type { CslMetadata } from '../model/source';

/** A bibliography as a style formats it: each entry in text, HTML and RTF, with its item. */
export interface Bibliography {
  entries: { sourceId: string; text: string; html: string; rtf: string; csl: CslMetadata }[];
  hangingIndent: boolean;
}

/** Text formats; DOCX, being binary, is written on the Node side (electron/main/cite). */
export const bibliographyFormats = ['txt', 'md', 'html', 'rtf', 'csl-json'] as const;
export type BibliographyFormat = (typeof bibliographyFormats)[number];

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#38;': '&',
  '&#39;': "'",
};

/** citeproc's HTML as Markdown: italics and bold kept, every other tag dropped. */
export function htmlToMarkdown(html: string): string {
  return html
    .replace(/<\/?(i|em)>/g, '*')
    .replace(/<\/?(b|strong)>/g, '**')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#38|#39);/g, (m) => ENTITIES[m] ?? m);
}

export function bibliographyAs(format: BibliographyFormat, bibliography: Bibliography): string {
  const { entries } = bibliography;
  switch (format) {
    case 'txt':
      return entries.map((e) => e.text).join('\n');
    case 'md':
      return entries.map((e) => htmlToMarkdown(e.html)).join('\n\n');
    case 'html': {
      const indent = bibliography.hangingIndent ? ' style="padding-left:2em;text-indent:-2em"' : '';
      const body = entries.map((e) => `<p${indent}>${e.html}</p>`).join('\n');
      return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Bibliography</title></head>\n<body>\n${body}\n</body></html>\n`;
    }
    case 'rtf': {
      // Hanging indent of half an inch (720 twips), a blank line between entries.
      const indent = bibliography.hangingIndent ? '\\li720\\fi-720' : '';
      const body = entries.map((e) => `{\\pard${indent}\\sa240 ${e.rtf}\\par}`).join('\n');
      return `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n${body}\n}\n`;
    }
    case 'csl-json':
      // Pandoc, Zettlr and Obsidian cite a CSL-JSON item by its id: [@id] is the writer's key.
      return `${JSON.stringify(
        entries.map((e) => {
          const key = (e.csl as { 'citation-key'?: unknown })['citation-key'];
          return typeof key === 'string' && key ? { ...e.csl, id: key } : e.csl;
        }),
        null,
        2,
      )}\n`;
  }
}

export const bibliographyFiles: Record<
  BibliographyFormat | 'docx' | 'bibtex' | 'ris',
  { extension: string; mimeType: string }
> = {
  txt: { extension: 'txt', mimeType: 'text/plain;charset=utf-8' },
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8' },
  rtf: { extension: 'rtf', mimeType: 'application/rtf' },
  'csl-json': { extension: 'json', mimeType: 'application/vnd.citationstyles.csl+json' },
  bibtex: { extension: 'bib', mimeType: 'application/x-bibtex;charset=utf-8' },
  ris: { extension: 'ris', mimeType: 'application/x-research-info-systems;charset=utf-8' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
};
