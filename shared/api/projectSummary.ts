import type { ImportOutcome } from './types';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A project import in one line, for the window's report and the CLI alike. */
export function projectSummary(outcome: Extract<ImportOutcome, { status: 'project' }>): string {
  const aside = outcome.setAside.length ? ` Set aside: ${outcome.setAside.join('; ')}.` : '';
  const notes = outcome.notes.length ? ` ${outcome.notes.join(' ')}` : '';
  return `${outcome.file}: a REFI-QDA project, ${plural(outcome.sourcesAdded, 'source')} and ${plural(outcome.highlightsAdded, 'highlight')} added.${aside}${notes}`;
}
