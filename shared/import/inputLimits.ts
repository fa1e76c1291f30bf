import { part, refusal, type Refusal } from './refusalWords';

/**
 * What one file may hold before Dossier refuses it by name. Each bound is far above what a
 * writer's material holds (a long book is 2,000 pages, a thesis a few thousand paragraphs, a
 * large library export 40,000 records) and keeps every reader within seconds on any input.
 */
export const MAX_PDF_PAGES = 5000;
export const MAX_PARAGRAPHS = 100_000;
export const MAX_RECORDS = 50_000;
/** Lists or quotations inside each other: Markdown's reader recurses once per level. */
export const MAX_MARKDOWN_NESTING = 100;

/** Braces inside braces in one BibTeX entry: a title with protected words nests two or three. */
export const MAX_BRACE_NESTING = 100;

/** The deepest run of unescaped braces in a text. */
export function braceNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === '}') depth--;
  }
  return deepest;
}

const count = (n: number) => n.toLocaleString('en');

/** A file of more paragraphs, pages or records than Dossier reads, with what to do. */
export function tooMany(
  what: 'paragraphs' | 'pages' | 'records',
  found: number,
  limit: number,
  advice: 'split it into parts and import each' | 'split the book' | 'split it into smaller files',
): Refusal {
  return refusal(
    'it holds {{found}} {{what}}, more than the {{limit}} Dossier reads from one file; {{advice}}',
    { found: count(found), what: part(what), limit: count(limit), advice: part(advice) },
  );
}

/**
 * How deeply a Markdown text nests lists and quotations, read from its lines alone (no parse):
 * a list item indented past the one before it opens a level, a quotation mark ">" is a level.
 */
export function markdownNesting(text: string): number {
  let deepest = 0;
  const indents: number[] = [];
  for (const line of text.split('\n')) {
    const quote = /^(?:\s*>)+/.exec(line);
    const quotes = quote ? (quote[0].match(/>/g) ?? []).length : 0;
    const rest = quote ? line.slice(quote[0].length) : line;
    const item = /^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.exec(rest);
    if (item) {
      const indent = item[1]!.replace(/\t/g, '    ').length;
      while (indents.length && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
    } else if (rest.trim() && !/^\s/.test(rest)) indents.length = 0;
    deepest = Math.max(deepest, quotes + indents.length);
  }
  return deepest;
}
