import type { LibraryHealth } from '../../../shared/api/types';

/** What opening the library set aside or lost, a line each, as check and every command say it. */
export function healthLines(health: LibraryHealth): string[] {
  const lines: string[] = [];
  for (const a of health.setAside)
    lines.push(
      `set aside  ${a.collection}${a.id ? ` ${a.id}` : ''}${a.title ? ` “${a.title}”` : ''}: ${a.reason} (kept in ${a.file})`,
    );
  for (const r of health.repairs) lines.push(`repaired   ${r}`);
  for (const d of health.journalDamage)
    lines.push(
      `journal    line ${d.line} could not be replayed: ${d.reason}; that change is lost (its bytes are kept in library.journal.damaged)`,
    );
  if (health.journalTorn)
    lines.push(
      'journal    its last line had been cut short by a crash; that one change is lost (its bytes are kept in library.journal.damaged)',
    );
  return lines;
}
