import type { LibraryDocument } from '../model/libraryDocument';
import type { SourceRecord } from '../model/source';
import type { Highlight } from '../model/theme';
import { createAnchor } from '../themes/highlightAnchor';
import { anchorQuote } from './anchorQuote';
import { themeForColour } from './colourThemes';
import type { DocumentMark, DocumentMarks, MarksReport } from '../import/documentMarks';
import { takenPlaces, withNoteLines } from './takenPlaces';

const KIND_WORDS: Record<DocumentMark['kind'], string> = {
  highlight: '',
  underline: 'Underlined in the PDF.',
  squiggly: 'Underlined with a wavy line in the PDF.',
  strikeout: 'Struck out in the PDF.',
};

/** The stretch of text the passages of a page cover, where a mark on that page must stand. */
function pageRange(source: SourceRecord, page: number): { start: number; end: number } | null {
  const on = source.passages.filter((p) => p.page === page);
  return on.length ? { start: on[0]!.start, end: on.at(-1)!.end } : null;
}

const WORD = /[\p{L}\p{N}]/u;

/** A place widened to whole words: a box's edge estimated a letter short or long. */
function wholeWords(text: string, at: { start: number; end: number }) {
  let { start, end } = at;
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start--;
  while (end < text.length && WORD.test(text[end]!) && WORD.test(text[end - 1]!)) end++;
  return { start, end };
}

/** The marked words in the text: on the mark's page first, and widened to whole words. */
function find(source: SourceRecord, text: string, mark: DocumentMark) {
  // "…to com-" at a line's end: the text holds the word whole.
  const exact = mark.quote.trim().replace(/(\p{L})-$/u, '$1');
  const range = pageRange(source, mark.page);
  if (range) {
    const at = anchorQuote(text.slice(range.start, range.end), { exact });
    if (at) return wholeWords(text, { start: at.start + range.start, end: at.end + range.start });
  }
  const at = anchorQuote(text, { exact });
  return at && wholeWords(text, at);
}

/**
 * A document's own highlights (a PDF's annotations) made Dossier highlights on its text, in one
 * change: each on the words under it, on its page first, tagged by its colour's theme (or the
 * theme the writer named), its note kept; the marks not found and the annotations that mark no
 * words written into the source's note, so none is dropped.
 */
export function placeMarks(
  doc: LibraryDocument,
  sourceId: string,
  text: string,
  found: DocumentMarks,
  options: { theme?: string; now: Date; newId: (prefix: string) => string },
): { doc: LibraryDocument; report: MarksReport } {
  let next = doc;
  const source = next.sources.find((s) => s.id === sourceId)!;
  const report: MarksReport = {
    highlightsAdded: 0,
    highlightsExisting: 0,
    themes: [],
    notPlaced: [],
    listed: found.listed,
  };
  const highlights: Highlight[] = [];
  const taken = takenPlaces(next.highlights);
  for (const mark of found.marks) {
    const at = mark.quote.trim() ? find(source, text, mark) : null;
    if (!at) {
      const what = mark.quote.trim()
        ? `“${mark.quote.trim()}”`
        : 'a highlight over no readable text';
      report.notPlaced.push(`page ${mark.page}: ${what}${mark.note ? ` — ${mark.note}` : ''}`);
      continue;
    }
    if (taken.has(sourceId, at.start, at.end)) {
      report.highlightsExisting++;
      continue;
    }
    taken.add(sourceId, at.start, at.end);
    const chosen = themeForColour(next, mark.color, options.theme);
    next = chosen.doc;
    if (!report.themes.includes(chosen.theme.name)) report.themes.push(chosen.theme.name);
    highlights.push({
      id: options.newId('h'),
      sourceId,
      themeIds: [chosen.theme.id],
      note: [KIND_WORDS[mark.kind], mark.note].filter(Boolean).join('\n'),
      anchor: createAnchor(text, at.start, at.end),
      createdAt: mark.createdAt ?? options.now.toISOString(),
    });
    report.highlightsAdded++;
  }
  const memo = [
    report.notPlaced.length
      ? `Highlights in the PDF whose words were not found in this text:\n${report.notPlaced.map((l) => `• ${l}`).join('\n')}`
      : '',
    report.listed.length
      ? `Annotations in the PDF that mark no words:\n${report.listed.map((l) => `• ${l}`).join('\n')}`
      : '',
  ].filter((entry) => entry && !source.note?.includes(entry));
  const sources = memo.length
    ? next.sources.map((s) => (s.id === sourceId ? withNoteLines(s, memo) : s))
    : next.sources;
  return { doc: { ...next, sources, highlights: [...next.highlights, ...highlights] }, report };
}
