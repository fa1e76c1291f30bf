import Papa from 'papaparse';
import type { ForeignAnnotation, ReadAnnotations } from './foreignAnnotation';
import { countedAside } from './asideWords';

/** The columns of Readwise's CSV export that say what a row is. */
const REQUIRED = ['Highlight', 'Book Title'];

/** Whether a CSV's first line is Readwise's export header. */
export function looksLikeReadwiseCsv(text: string): boolean {
  const header = text.replace(/^\uFEFF/u, '').split(/\r?\n/u, 1)[0] ?? '';
  const columns = header.split(',').map((c) => c.replace(/^"|"$/g, '').trim());
  return REQUIRED.every((c) => columns.includes(c));
}

const cell = (row: Record<string, string | undefined>, column: string) =>
  (row[column] ?? '').trim();

/**
 * Readwise's CSV export: one highlight a row, with its book or article, author, note, tags and
 * place ("Location Type" page, location or order). Readwise keeps no URL in this export, so the
 * work is found by title and author.
 */
export function readReadwiseCsv(text: string): ReadAnnotations {
  const parsed = Papa.parse<Record<string, string | undefined>>(text.replace(/^\uFEFF/u, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const annotations: ForeignAnnotation[] = [];
  const skipped: string[] = [];
  let empty = 0;
  for (const row of parsed.data) {
    const quote = cell(row, 'Highlight');
    const title = cell(row, 'Book Title');
    if (!quote || !title) {
      empty++;
      continue;
    }
    const where = cell(row, 'Location');
    const kind = cell(row, 'Location Type').toLowerCase();
    const page = kind === 'page' && /^\d+$/u.test(where) ? Number(where) : undefined;
    const at = cell(row, 'Highlighted at');
    const author = cell(row, 'Book Author');
    annotations.push({
      work: { title, authors: author ? [author] : [], type: 'book' },
      quote,
      note: cell(row, 'Note'),
      tags: cell(row, 'Tags')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      ...(page !== undefined ? { page } : {}),
      ...(where && kind && kind !== 'order' ? { place: `${kind} ${where}` } : {}),
      ...(at && !Number.isNaN(Date.parse(at)) ? { createdAt: new Date(at).toISOString() } : {}),
    });
  }
  if (empty)
    skipped.push(
      countedAside(
        '1 row without a highlight or a title.',
        '{{count}} rows without a highlight or a title.',
        empty,
      ),
    );
  const broken = new Set(parsed.errors.map((e) => e.row));
  if (broken.size)
    skipped.push(
      countedAside(
        '1 row the CSV reader could not split.',
        '{{count}} rows the CSV reader could not split.',
        broken.size,
      ),
    );
  return { tool: 'Readwise', annotations, skipped };
}
