import type { ImportOutcome } from './types';
import type { MarksReport } from '../import/documentMarks';
import { counted } from '../annotations/foreignAnnotation';

type HighlightsOutcome = Extract<ImportOutcome, { status: 'highlights' }>;

/** An import of another reader's highlights in one sentence, for the window and the CLI alike. */
export function highlightsSummary(outcome: HighlightsOutcome): string {
  const where = [
    outcome.sourcesTouched ? counted(outcome.sourcesTouched, 'source') : '',
    outcome.sourcesAdded.length
      ? `${counted(outcome.sourcesAdded.length, 'new source')} of quotes for works not in the library`
      : '',
  ].filter(Boolean);
  const added = `${counted(outcome.highlightsAdded, 'highlight')} added${where.length ? ` to ${where.join(' and ')}` : ''}, tagged ${outcome.theme}`;
  const existing = outcome.highlightsExisting
    ? `; ${outcome.highlightsExisting} already in the library`
    : '';
  const notPlaced = outcome.notPlaced.length
    ? ` ${counted(outcome.notPlaced.length, 'quote or note', 'quotes or notes')} found no place and were kept in their source's note.`
    : '';
  const aside = outcome.setAside.length ? ` Left out: ${outcome.setAside.join(' ')}` : '';
  return `${outcome.file}: ${outcome.tool}, ${added}${existing}.${notPlaced}${aside}`;
}

/** A file's own highlights as they came in, as a clause after what became of the file. */
export function marksSummary(marks: MarksReport): string {
  const parts = [
    `${counted(marks.highlightsAdded, 'highlight')} made in it came in${marks.themes.length ? `, tagged ${marks.themes.join(', ')}` : ''}`,
    marks.highlightsExisting ? `${marks.highlightsExisting} already here` : '',
    marks.notPlaced.length
      ? `${counted(marks.notPlaced.length, 'highlight')} whose words were not found, kept in its note`
      : '',
    marks.listed.length
      ? `${counted(marks.listed.length, 'other annotation')} (notes, drawings) listed in its note`
      : '',
  ];
  return parts.filter(Boolean).join('; ');
}
