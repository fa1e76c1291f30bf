import { escapeMarkup } from '../text/escapeMarkup';

/**
 * The text of a WordprocessingML part (document.xml, footnotes.xml) as paragraphs of plain
 * text, with where each character stands in the XML, so citations can be found in the text as
 * a writer typed it (Word splits a "[@key, p. 3]" over several runs at will) and replaced
 * without touching anything else in the part.
 */

export interface TextNode {
  /** Where the <w:t …> tag starts and its content starts and ends in the XML. */
  tagStart: number;
  contentStart: number;
  contentEnd: number;
  /** Where its text starts in the paragraph's plain text. */
  at: number;
  text: string;
  /** The run properties (<w:rPr>…</w:rPr>) of its run, or ''. */
  runProperties: string;
}

export interface WordParagraph {
  text: string;
  nodes: TextNode[];
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITY[e] ?? m),
  );
}

// Paragraph and run boundaries, run properties, and text: all the scan needs.
const TOKENS =
  /<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>|<w:r(?=[\s>])[^>]*>|<\/w:r>|<w:rPr>[\s\S]*?<\/w:rPr>|<w:t(?=[\s>])[^>]*>([^<]*)<\/w:t>/g;

/** The part's paragraphs in order, each with its text nodes; nested paragraphs (text boxes) too. */
export function wordParagraphs(xml: string): WordParagraph[] {
  const done: WordParagraph[] = [];
  const open: WordParagraph[] = [];
  let inRun = false;
  let runProperties = '';
  for (const m of xml.matchAll(TOKENS)) {
    const token = m[0];
    if (token.startsWith('<w:p') && !token.startsWith('<w:pPr')) {
      if (m[1] !== '/') open.push({ text: '', nodes: [] });
    } else if (token === '</w:p>') {
      const paragraph = open.pop();
      if (paragraph) done.push(paragraph);
    } else if (token === '</w:r>') inRun = false;
    else if (token.startsWith('<w:rPr>')) {
      if (inRun) runProperties = token;
    } else if (token.startsWith('<w:r')) {
      inRun = true;
      runProperties = '';
    } else if (token.startsWith('<w:t')) {
      const paragraph = open.at(-1);
      if (!paragraph) continue;
      const text = decodeXmlText(m[2] ?? '');
      const contentStart = m.index + token.indexOf('>') + 1;
      paragraph.nodes.push({
        tagStart: m.index,
        contentStart,
        contentEnd: contentStart + (m[2]?.length ?? 0),
        at: paragraph.text.length,
        text,
        runProperties: inRun ? runProperties : '',
      });
      paragraph.text += text;
    }
  }
  // Word writes a paragraph's text before the paragraphs it holds close: sort by place.
  return done
    .filter((p) => p.nodes.length)
    .sort((a, b) => a.nodes[0]!.tagStart - b.nodes[0]!.tagStart);
}

/** A change to a paragraph's text: characters removed, and runs put in at a place. */
export interface TextEdit {
  remove: { start: number; end: number }[];
  insert: { at: number; runs: (runProperties: string) => string }[];
}

/**
 * The part with the edits made: removed characters go from their text nodes, and inserted
 * runs split the run they stand in (its properties carried on both sides). Nothing else in
 * the XML changes.
 */
export function editParagraphs(
  xml: string,
  edits: { paragraph: WordParagraph; edit: TextEdit }[],
): string {
  const replacements: { start: number; end: number; xml: string }[] = [];
  for (const { paragraph, edit } of edits) {
    const removed = (i: number) => edit.remove.some((r) => i >= r.start && i < r.end);
    paragraph.nodes.forEach((node, n) => {
      const end = node.at + node.text.length;
      const inserts = edit.insert.filter(
        (ins) => (ins.at > node.at && ins.at <= end) || (ins.at === 0 && n === 0 && node.at === 0),
      );
      const touched = inserts.length || edit.remove.some((r) => r.start < end && r.end > node.at);
      if (!touched) return;
      let out = '';
      let text = '';
      const flush = () => {
        out += escapeMarkup(text);
        text = '';
      };
      for (let i = node.at; i <= end; i++) {
        for (const ins of inserts.filter((x) => x.at === i)) {
          flush();
          out += `</w:t></w:r>${ins.runs(node.runProperties)}<w:r>${node.runProperties}<w:t xml:space="preserve">`;
        }
        if (i < end && !removed(i)) text += node.text[i - node.at];
      }
      flush();
      replacements.push({
        start: node.tagStart,
        end: node.contentEnd,
        xml: `<w:t xml:space="preserve">${out}`,
      });
    });
  }
  let result = '';
  let at = 0;
  for (const r of replacements.sort((a, b) => a.start - b.start)) {
    result += xml.slice(at, r.start) + r.xml;
    at = r.end;
  }
  return result + xml.slice(at);
}

/** Run properties with italics set or cleared, keeping the schema's element order. */
function withItalics(runProperties: string, italics: boolean): string {
  const inner = runProperties
    .replace(/^<w:rPr>|<\/w:rPr>$/g, '')
    .replace(/<w:i(?:Cs)?(?:\s[^>]*)?\/>/g, '');
  if (!italics) return inner ? `<w:rPr>${inner}</w:rPr>` : '';
  // rStyle, rFonts, b and bCs come before i in CT_RPr; the rest after.
  const lead = /^(?:<w:(?:rStyle|rFonts|b|bCs)(?:\s[^>]*)?\/>)*/.exec(inner)![0];
  return `<w:rPr>${lead}<w:i/><w:iCs/>${inner.slice(lead.length)}</w:rPr>`;
}

/** citeproc's HTML as Word runs in the properties of the text around it (italics kept). */
export function htmlRuns(html: string, runProperties: string): string {
  let italics = /<w:i(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(runProperties);
  const base = italics;
  let out = '';
  for (const part of html.split(/(<[^>]+>)/)) {
    if (!part) continue;
    const tag = /^<(\/?)(\w+)/.exec(part);
    if (tag) {
      if (tag[2] === 'i' || tag[2] === 'em') italics = tag[1] === '/' ? base : !base;
      continue;
    }
    out += `<w:r>${withItalics(runProperties, italics)}<w:t xml:space="preserve">${escapeMarkup(decodeXmlText(part))}</w:t></w:r>`;
  }
  return out;
}
