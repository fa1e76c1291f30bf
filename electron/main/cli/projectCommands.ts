import type { ArchiveApi } from '../../../shared/api/contract';
import type { CodebookImportReport, ProjectImportOutcome } from '../../../shared/api/types';
import { UsageError } from './cliArgs';
import { deliver, unwrap, type CliIo, type Command } from './cliSupport';
import type { CliArgs } from './cliArgs';

/** Files `dossier import` hands to the codebook or the project reader rather than the importer. */
export function interchangeKind(name: string): 'project' | 'codebook' | null {
  if (/\.qdpx$/i.test(name)) return 'project';
  if (/\.qdc$/i.test(name)) return 'codebook';
  return null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function describeProjectImport(r: ProjectImportOutcome): string[] {
  const lines = [
    `read ${r.file}: ${plural(r.sourcesAdded, 'source')} added` +
      (r.sourcesMatched ? `, ${plural(r.sourcesMatched, 'source')} already here` : '') +
      `, ${plural(r.highlightsAdded, 'highlight')} added` +
      (r.highlightsExisting ? ` (${r.highlightsExisting} already here)` : '') +
      `, themes: ${r.codebook.added.length} added, ${r.codebook.updated.length} matched` +
      (r.collections ? `, ${plural(r.collections, 'collection')}` : ''),
  ];
  if (r.codebook.removed.length)
    lines.push(
      `the project's codebook replaced the starting one: removed ${r.codebook.removed.join(', ')}`,
    );
  if (r.coders.length > 1)
    lines.push(
      `coded by ${r.coders.map((c) => c.name).join(', ')}: see how far they agree with dossier sync agreement`,
    );
  for (const s of r.setAside) lines.push(`set aside: ${s.where}: ${s.reason}`);
  lines.push(...r.notes);
  return lines;
}

export function describeCodebookImport(name: string, r: CodebookImportReport): string[] {
  const lines = [`read ${name}: ${r.added.length} added, ${r.updated.length} updated`];
  if (r.removed.length) lines.push(`removed (no highlight used them): ${r.removed.join(', ')}`);
  if (r.kept.length) lines.push(`kept (highlights use them): ${r.kept.join(', ')}`);
  for (const s of r.setAside) lines.push(`set aside: ${s.where}: ${s.reason}`);
  lines.push(...r.notes);
  return lines;
}

/** A .qdpx or .qdc named to `dossier import`: what it did, for the import's list of outcomes. */
export async function importInterchange(
  api: ArchiveApi,
  file: { name: string; data: Buffer },
  kind: 'project' | 'codebook',
  args: CliArgs,
  io: CliIo,
): Promise<{ outcome: Record<string, unknown>; incomplete: boolean }> {
  const dataBase64 = file.data.toString('base64');
  if (kind === 'project') {
    const result = await api.importProject({ name: file.name, dataBase64 });
    if (!result.ok) {
      if (!args.json) io.out(`failed: ${result.error.message}`);
      return {
        outcome: { file: file.name, status: 'failed', reason: result.error.message },
        incomplete: true,
      };
    }
    if (!args.json) io.out(describeProjectImport(result.value).join('\n'));
    return {
      outcome: { status: 'project', ...result.value },
      incomplete: result.value.setAside.length > 0,
    };
  }
  const report = unwrap(
    await api.importCodebook({ name: file.name, dataBase64, replace: args.replace }),
  );
  if (!args.json) io.out(describeCodebookImport(file.name, report).join('\n'));
  return {
    outcome: { file: file.name, status: 'codebook', ...report },
    incomplete: report.setAside.length > 0,
  };
}

/** dossier export --format qdpx|qdc: the library as a REFI-QDA project, or its codebook. */
export const exportCommand: Command = async (api, args, io) => {
  const format = args.format ?? 'qdpx';
  if (format === 'qdc') {
    const file = unwrap(await api.exportCodebook({ format: 'qdc' }));
    return deliver(io, args, file, `a codebook of ${file.count} themes`);
  }
  if (format !== 'qdpx') throw new UsageError('export takes --format qdpx or qdc.');
  if (!args.out) throw new UsageError('A REFI-QDA project is a zip: give --out FILE.qdpx.');
  const file = unwrap(
    await api.exportProject({
      ...(args.title ? { name: args.title } : {}),
      ...(args.writer ? { writer: args.writer } : {}),
    }),
  );
  return deliver(io, args, file, `a project with ${plural(file.count, 'highlight')}`);
};
