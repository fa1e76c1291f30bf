import type { LibraryCheckReport } from '../../../shared/api/types';
import { listBackups } from '../library/backups';
import { libraryFiles } from '../library/libraryPaths';
import { restoreBackup } from '../library/restoreBackup';
import { UsageError, type CliArgs } from './cliArgs';
import { EXIT_OK, EXIT_USER, print, unwrap, type CliIo, type Command } from './cliSupport';

function describeCheck(report: LibraryCheckReport): { text: string; clean: boolean } {
  const lines: string[] = [];
  const { health } = report;
  for (const a of health.setAside)
    lines.push(
      `set aside  ${a.collection}${a.id ? ` ${a.id}` : ''}${a.title ? ` “${a.title}”` : ''}: ${a.reason} (kept in ${a.file})`,
    );
  for (const r of health.repairs) lines.push(`repaired   ${r}`);
  for (const d of health.journalDamage)
    lines.push(
      `journal    line ${d.line} could not be replayed: ${d.reason} (kept in library.journal.damaged)`,
    );
  if (health.journalTorn)
    lines.push('journal    its last line had been cut short by a crash; that one change is lost');
  for (const m of report.missingTexts)
    lines.push(
      `${m.restored ? 'restored' : 'missing '}   the text of “${m.title}” (${m.sourceId})${m.restored ? ' from its original' : ''}`,
    );
  for (const o of report.orphanedFiles)
    lines.push(
      `${o.movedTo ? 'moved    ' : 'unused   '}  ${o.file}${o.movedTo ? ` to ${o.movedTo}` : ' (no source uses it)'}`,
    );
  if (report.searchIndex === 'rebuilt')
    lines.push('index      the search index was missing or stale and was rebuilt');
  if (report.searchIndex === 'completed')
    lines.push(
      `index      the search index lacked the passages of ${report.searchIndexCompleted} source(s); they are indexed now`,
    );
  const clean =
    health.setAside.length === 0 &&
    report.missingTexts.every((m) => m.restored) &&
    report.orphanedFiles.every((o) => o.movedTo);
  lines.push(
    `${clean ? 'The library is in order.' : 'Some of the above needs a look: run dossier check --repair, or restore a backup.'} ${report.backups.length} backup${report.backups.length === 1 ? '' : 's'} (dossier restore --list).`,
  );
  return { text: lines.join('\n'), clean };
}

/** dossier check [--repair]: what opening set aside, missing texts, unused files, the index. */
export const check: Command = async (api, args, io) => {
  const report = unwrap(await api.checkLibrary({ repair: args.repair }));
  const { text, clean } = describeCheck(report);
  print(io, args, report, text);
  return clean ? EXIT_OK : EXIT_USER;
};

/** dossier restore --list | NAME: run on the library folder, which need not open. */
export async function restore(dir: string, args: CliArgs, io: CliIo): Promise<number> {
  const files = libraryFiles(dir);
  if (args.list) {
    const backups = await listBackups(files);
    print(
      io,
      args,
      backups,
      backups.length
        ? backups.map((b) => `${b.name}  ${b.takenAt}  ${b.size} bytes`).join('\n')
        : `There are no backups in ${files.backups}.`,
    );
    return EXIT_OK;
  }
  const name = args.positionals[0];
  if (!name) throw new UsageError('restore needs a backup name (see dossier restore --list).');
  const result = await restoreBackup(files, name, new Date());
  io.out(
    `restored ${name} as library.json${result.replacedKeptAs ? `; the library as it was is kept as ${result.replacedKeptAs}` : ''}${result.journalKeptAs ? `; its journal as ${result.journalKeptAs}` : ''}`,
  );
  return EXIT_OK;
}
