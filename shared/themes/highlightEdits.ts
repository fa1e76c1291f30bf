import { ArchiveError } from '../model/errors';
import { errorWords } from '../model/errorWords';
import type { LibraryDocument } from '../model/libraryDocument';
import type { Highlight } from '../model/theme';
import { findTheme } from './codebookEdits';
import { createAnchor } from './highlightAnchor';

export interface NewHighlight {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  themeIds: string[];
  note: string;
  createdAt: string;
}

function checkThemes(doc: LibraryDocument, themeIds: readonly string[]): string[] {
  if (themeIds.length === 0)
    throw new ArchiveError('INVALID_INPUT', errorWords('A highlight needs at least one theme.'));
  for (const id of themeIds) findTheme(doc, id);
  return [...new Set(themeIds)];
}

export function findHighlight(doc: LibraryDocument, id: string): Highlight {
  const highlight = doc.highlights.find((h) => h.id === id);
  if (!highlight)
    throw new ArchiveError('NOT_FOUND', errorWords('No highlight with id {{id}}.', { id }));
  return highlight;
}

/** `text` is the source's stored text, which the offsets address. */
export function addHighlight(doc: LibraryDocument, text: string, h: NewHighlight): LibraryDocument {
  if (!doc.sources.some((s) => s.id === h.sourceId)) {
    throw new ArchiveError('NOT_FOUND', `No source with id ${h.sourceId} in this library.`);
  }
  if (h.start < 0 || h.end > text.length || h.start >= h.end) {
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords('The selection {{start}}–{{end}} is not inside the source’s text.', {
        start: String(h.start),
        end: String(h.end),
      }),
    );
  }
  if (text.slice(h.start, h.end).trim() === '') {
    throw new ArchiveError('INVALID_INPUT', errorWords('Select some words to highlight.'));
  }
  // White space at a selection's ends is no part of the quote, however the selection was made
  // (a word selected by keyboard starts with the space before it).
  let start = h.start;
  let end = h.end;
  while (/\s/u.test(text[start]!)) start++;
  while (/\s/u.test(text[end - 1]!)) end--;
  const highlight: Highlight = {
    id: h.id,
    sourceId: h.sourceId,
    themeIds: checkThemes(doc, h.themeIds),
    note: h.note,
    anchor: createAnchor(text, start, end),
    createdAt: h.createdAt,
  };
  return { ...doc, highlights: [...doc.highlights, highlight] };
}

export function updateHighlight(
  doc: LibraryDocument,
  id: string,
  fields: { themeIds?: string[]; note?: string },
): LibraryDocument {
  const highlight = findHighlight(doc, id);
  const next: Highlight = {
    ...highlight,
    ...(fields.themeIds !== undefined ? { themeIds: checkThemes(doc, fields.themeIds) } : {}),
    ...(fields.note !== undefined ? { note: fields.note } : {}),
  };
  return { ...doc, highlights: doc.highlights.map((h) => (h.id === id ? next : h)) };
}

export function deleteHighlight(doc: LibraryDocument, id: string): LibraryDocument {
  findHighlight(doc, id);
  return { ...doc, highlights: doc.highlights.filter((h) => h.id !== id) };
}
