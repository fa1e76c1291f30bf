import { escapeMarkup } from '../text/escapeMarkup';
import { citeDraft, type DraftEngine } from './citeDraft';
import {
  editParagraphs,
  htmlRuns,
  wordParagraphs,
  type TextEdit,
  type WordParagraph,
} from './wordXml';

/**
 * A Word draft with Pandoc citation markers typed in it ("[@key, p. 3]", as Zotero's RTF/ODF
 * scan reads them) made into citations: real Word footnotes in a note style, in the text
 * otherwise, and the bibliography of what was cited at the end. Only the parts that must
 * change are rewritten, and in them only the markers; everything else stays byte for byte.
 */

export interface WordDraftParts {
  document: string;
  footnotes: string | null;
  styles: string | null;
  contentTypes: string;
  documentRels: string;
}

const FOOTNOTES_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml';
const FOOTNOTES_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A footnotes part as Word starts one: its two separator notes. */
const EMPTY_FOOTNOTES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>`;

const hasStyle = (styles: string | null, id: string) =>
  styles !== null && styles.includes(`w:styleId="${id}"`);

/** Where the body's own section properties start: what the bibliography goes before. */
function bodyEnd(document: string): number {
  const close = document.lastIndexOf('</w:body>');
  const sect = document.lastIndexOf('<w:sectPr', close);
  const lastBlock = Math.max(
    document.lastIndexOf('</w:p>', close),
    document.lastIndexOf('</w:tbl>', close),
  );
  return sect > lastBlock ? sect : close;
}

export function citeWordDraft<S extends { id: string; title: string }>(
  parts: WordDraftParts,
  resolve: (key: string) => S | undefined,
  engineFor: (cited: S[]) => DraftEngine,
): { parts: Partial<WordDraftParts>; citations: number; unknownKeys: string[]; notes: number } {
  const body = wordParagraphs(parts.document);
  const inNotes = parts.footnotes ? wordParagraphs(parts.footnotes) : [];
  // One text for the citation engine, so notes and short forms follow the draft's order.
  const all: { paragraph: WordParagraph; inNote: boolean; at: number }[] = [];
  let text = '';
  for (const [list, inNote] of [
    [body, false],
    [inNotes, true],
  ] as const) {
    for (const paragraph of list) {
      if (text) text += '\n\n';
      all.push({ paragraph, inNote, at: text.length });
      text += paragraph.text;
    }
  }
  const { doc, citations, unknownKeys } = citeDraft(text, resolve, engineFor);

  const refStyle = hasStyle(parts.styles, 'FootnoteReference')
    ? '<w:rStyle w:val="FootnoteReference"/>'
    : '<w:vertAlign w:val="superscript"/>';
  const noteStyle = hasStyle(parts.styles, 'FootnoteText')
    ? '<w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    : '';
  let nextId =
    Math.max(
      0,
      ...[...(parts.footnotes ?? '').matchAll(/w:id="(-?\d+)"/g)].map((m) => Number(m[1])),
    ) + 1;
  const newNotes: string[] = [];
  const footnote = (html: string) => {
    const id = nextId++;
    newNotes.push(
      `<w:footnote w:id="${id}"><w:p>${noteStyle}<w:r><w:rPr>${refStyle}</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>${htmlRuns(html, '')}</w:p></w:footnote>`,
    );
    return `<w:r><w:rPr>${refStyle}</w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
  };

  const edits = new Map<WordParagraph, { edit: TextEdit; inNote: boolean }>();
  doc.clusters.forEach((cluster, i) => {
    const done = doc.rendered[i];
    if (!done) return;
    const place = all.findLast((p) => p.at <= cluster.start)!;
    const own = place.paragraph.text;
    const start = cluster.start - place.at;
    const end = cluster.end - place.at;
    const entry = edits.get(place.paragraph) ?? {
      edit: { remove: [], insert: [] },
      inNote: place.inNote,
    };
    edits.set(place.paragraph, entry);
    const asNote = doc.note && !place.inNote;
    if (asNote && !done.lead) {
      // As Pandoc sets a note: no space before its mark, and after the sentence's punctuation.
      const spaces = /[ \t]*$/.exec(own.slice(0, start))![0].length;
      const punctuation = /^[.,;:!?]/.exec(own.slice(end))?.[0] ?? '';
      const mark = footnote(done.html);
      entry.edit.remove.push({ start: start - spaces, end });
      entry.edit.insert.push({ at: end + punctuation.length, runs: () => mark });
      return;
    }
    entry.edit.remove.push({ start, end });
    const mark = asNote ? footnote(done.html) : '';
    entry.edit.insert.push({
      at: start,
      runs: (properties) =>
        done.lead
          ? `${htmlRuns(done.lead, properties)}${mark || htmlRuns(` ${done.html}`, properties)}`
          : htmlRuns(done.html, properties),
    });
  });

  const changed: Partial<WordDraftParts> = {};
  const editsIn = (inNote: boolean) =>
    [...edits]
      .filter(([, e]) => e.inNote === inNote)
      .map(([paragraph, e]) => ({ paragraph, edit: e.edit }));
  let document = editParagraphs(parts.document, editsIn(false));
  if (doc.bibliography.length) {
    const heading = hasStyle(parts.styles, 'Heading1')
      ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${escapeMarkup(doc.heading)}</w:t></w:r></w:p>`
      : `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${escapeMarkup(doc.heading)}</w:t></w:r></w:p>`;
    const entries = doc.bibliography.map(
      (html) =>
        `<w:p><w:pPr><w:spacing w:after="240"/><w:ind w:left="720" w:hanging="720"/></w:pPr>${htmlRuns(html, '')}</w:p>`,
    );
    const at = bodyEnd(document);
    document = document.slice(0, at) + heading + entries.join('') + document.slice(at);
  }
  if (document !== parts.document) changed.document = document;

  if (editsIn(true).length || newNotes.length) {
    let footnotes = editParagraphs(parts.footnotes ?? EMPTY_FOOTNOTES, editsIn(true));
    const close = footnotes.lastIndexOf('</w:footnotes>');
    footnotes = footnotes.slice(0, close) + newNotes.join('') + footnotes.slice(close);
    changed.footnotes = footnotes;
    if (parts.footnotes === null) {
      changed.contentTypes = parts.contentTypes.replace(
        '</Types>',
        `<Override PartName="/word/footnotes.xml" ContentType="${FOOTNOTES_TYPE}"/></Types>`,
      );
      changed.documentRels = parts.documentRels.replace(
        '</Relationships>',
        `<Relationship Id="rIdDossierFootnotes" Type="${FOOTNOTES_REL}" Target="footnotes.xml"/></Relationships>`,
      );
    }
  }
  return { parts: changed, citations, unknownKeys, notes: newNotes.length };
}
