import type { LibraryCheckReport } from '../../../shared/api/types';
import { listBackups } from '../library/backups';
import { libraryFiles } from '../library/libraryPaths';
import { restoreBackup } from '../library/restoreBackup';
import { UsageError, type CliArgs } from './cliArgs';
import { healthLines } from './healthLines';
import { EXIT_OK, EXIT_USER, print, unwrap, type CliIo, type Command } from './cliSupport';

function describeCheck(report: LibraryCheckReport): { text: string; clean: boolean } {
  const lines: string[] = [];
  const { health } = report;
  lines.push(...healthLines(health));
  for (const t of report.textProblems) {
    const what = t.problem === 'missing' ? 'is missing' : 'does not hold what its name says';
    lines.push(
      t.restored
        ? `restored   the text of “${t.title}” (${t.sourceId}), which ${what}, from its ${t.from === 'backup' ? 'backup copy' : 'original'}${t.keptAs ? ` (the damaged file is kept as ${t.keptAs})` : ''}`
        : `${t.problem === 'missing' ? 'missing ' : 'damaged '}   the text of “${t.title}” (${t.sourceId}) ${what}`,
    );
  }
  for (const d of report.danglingReferences)
    lines.push(
      `${d.mended ? 'mended   ' : 'dangling '}  ${d.holder} ${d.holderId} names ${d.names} ${d.missingId}, which is gone: ${d.mended ? '' : 'with --repair, '}${d.mend}`,
    );
  for (const o of report.orphanedFiles)
    lines.push(
      `${o.movedTo ? 'moved    ' : 'unused   '}  ${o.file}${o.movedTo ? ` to ${o.movedTo}` : ' (no source uses it)'}`,
    );
  for (const f of report.leftoverFiles)
    lines.push(
      `${f.removed ? 'removed  ' : 'leftover '}  ${f.file} (${f.bytes} bytes a cut-short write left)`,
    );
  for (const f of report.syncFiles) lines.push(`sync       ${f.file}: ${f.problem}`);
  if (report.journalSetAside)
    lines.push(
      `journal    library.journal.damaged keeps ${report.journalSetAside} change${report.journalSetAside === 1 ? '' : 's'} that could not be replayed, as they were`,
    );
  if (report.searchIndex === 'rebuilt')
    lines.push('index      the library had no current search index, and it was built');
  const clean =
    health.setAside.length === 0 &&
    health.journalDamage.length === 0 &&
    !health.journalTorn &&
    report.textProblems.every((t) => t.restored) &&
    report.danglingReferences.every((d) => d.mended) &&
    report.orphanedFiles.every((o) => o.movedTo) &&
    report.leftoverFiles.every((f) => f.removed) &&
    report.syncFiles.length === 0;
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
    `restored ${name}${result.replacedKeptAs ? `; the library as it was is kept as ${result.replacedKeptAs}` : ''}${result.journalKeptAs ? `; its journal as ${result.journalKeptAs}` : ''}`,
  );
  return EXIT_OK;
}
