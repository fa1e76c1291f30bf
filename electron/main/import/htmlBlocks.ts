import {
  collapseWhitespace,
  type BlockCaption,
  type DocumentBlock,
} from '../../../shared/import/documentLayout';
import { isMath, mathText } from './htmlMath';

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const PARAGRAPHS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'TD', 'TH', 'CAPTION']);
/** Never text, whatever a page or a converter leaves in: code, styling, embedded objects. */
const SKIPPED: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
]);

/** Whether an element (by tag name) never holds text a reader sees. */
export function isSkipped(tag: string): boolean {
  return SKIPPED.has(tag);
}

/**
 * A node's children by sibling links. node.childNodes is a live list that jsdom keeps up to
 * date on every later change to the node: closing a window of 40,000 paragraphs, which removes
 * them one by one, re-counted that list each time.
 */
function* childrenOf(node: Node): Generator<Node> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

export interface HtmlBlocks {
  blocks: DocumentBlock[];
  captions: BlockCaption[];
}

/**
 * An HTML body read as the writer sees it: headings, paragraphs (list items and quotations
 * among them), figure captions set apart. Only text is taken; markup, scripts and links never
 * reach the stored text.
 */
export function blocksOfHtml(root: Node): HtmlBlocks {
  const blocks: DocumentBlock[] = [];
  const captions: BlockCaption[] = [];
  let loose = '';

  const flush = () => {
    const text = collapseWhitespace(loose);
    if (text) blocks.push({ kind: 'paragraph', text });
    loose = '';
  };
  const push = (kind: DocumentBlock['kind'], raw: string) => {
    flush();
    const text = collapseWhitespace(raw);
    if (text) blocks.push({ kind, text });
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      loose += node.textContent ?? '';
      return;
    }
    // A document or fragment is only a container of what it holds.
    if (node.nodeType === 9 || node.nodeType === 11) {
      for (const child of childrenOf(node)) visit(child);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || element.getAttribute('hidden') !== null) return;
    if (tag === 'BR') return void (loose += '\n');
    // A formula is part of its sentence, read as one line of text.
    if (isMath(element)) return void (loose += ` ${mathText(element)}${spaceAfter(element)}`);
    if (HEADINGS.has(tag)) return push('heading', textOf(element));
    if (tag === 'FIGURE') {
      flush();
      const caption = element.querySelector('figcaption');
      const text = collapseWhitespace(caption ? textOf(caption) : '');
      const alt = element.querySelector('img')?.getAttribute('alt')?.trim() ?? '';
      if (text || alt) captions.push({ ...splitCredit(text), alt, before: blocks.length });
      // A figure may hold a table, a pull quote or a chart's text: all of it is the article's.
      for (const child of childrenOf(element))
        if ((child as Element).tagName?.toUpperCase() !== 'FIGCAPTION') visit(child);
      flush();
      return;
    }
    // A table row reads as one line, its cells side by side, not one paragraph per cell.
    if (tag === 'TR' && !element.querySelector('p, li, h1, h2, h3, h4, h5, h6, figure, table')) {
      const cells = Array.from(element.children)
        .map((cell) => collapseWhitespace(textOf(cell)))
        .filter(Boolean);
      return push('paragraph', cells.join(' | '));
    }
    if (PARAGRAPHS.has(tag) && !element.querySelector('p, li, h1, h2, h3, h4, h5, h6, figure')) {
      return push('paragraph', textOf(element));
    }
    const blockLevel = isBlockLevel(tag);
    if (blockLevel) flush();
    for (const child of childrenOf(element)) visit(child);
    if (blockLevel) flush();
  };

  visit(root);
  flush();
  return { blocks, captions };
}

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'IMG',
  'FONT',
  'INS',
  'DEL',
]);

/** Whether an element (by tag name) starts a block of its own, as a browser lays it out. */
export function isBlockLevel(tag: string): boolean {
  return !INLINE.has(tag);
}

/** An element's text without the text of scripts or styles inside it. */
export function textOf(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) return;
      if (isMath(node as Element))
        return void (text += ` ${mathText(node as Element)}${spaceAfter(node as Element)}`);
      if (tag === 'BR') text += ' ';
      for (const child of childrenOf(node)) walk(child);
      if (!INLINE.has(tag)) text += ' ';
    }
  };
  walk(element);
  return text;
}

/** A space after a formula, unless punctuation follows it ("a ≠ 0, there…"). */
function spaceAfter(element: Element): string {
  return /^[,.;:!?)\]]/u.test(element.nextSibling?.textContent?.trimStart() ?? '') ? '' : ' ';
}

/** "Crowds in Almaty. Photo: AP" → the caption and its credit. */
function splitCredit(text: string): { text: string; credit: string } {
  const match =
    /^(.*?)[\s.,;–—-]*\b(?:Photo|Image|Picture|Credit|Фото)s?\s*(?:by|:)\s*(.+)$/iu.exec(text);
  return match && match[1]
    ? { text: match[1].trim().replace(/[\s,;–—-]+$/, ''), credit: match[2]!.trim() }
    : { text, credit: '' };
}
