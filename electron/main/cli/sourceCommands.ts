import { oneLine } from './terminalText';
import { UsageError } from './cliArgs';
import {
  describeHits,
  describeImport,
  describeList,
  describeKey,
  describeSource,
  jsonShapes,
} from './cliOutput';
import { EXIT_OK, EXIT_USER, print, unwrap, type Command } from './cliSupport';
import { readImportPaths } from './readImportPaths';
import { importInterchange, interchangeKind } from './projectCommands';
import type { ImportOutcome } from '../../../shared/api/types';
import { describeReimport } from '../../../shared/api/describeReimport';

export const sourceCommands: Record<string, Command> = {
  import: async (api, args, io) => {
    if (args.positionals.length === 0)
      throw new UsageError('import needs at least one file or folder.');
    const outcomes: unknown[] = [];
    let interchangeIncomplete = false;
    for await (const file of readImportPaths(args.positionals, io.cwd)) {
      if ('skipped' in file) {
        outcomes.push({ file: file.name, status: 'skipped', reason: file.skipped });
        if (!args.json) io.out(`skipped    ${file.skipped}`);
        continue;
      }
      const kind = 'data' in file ? interchangeKind(file.name) : null;
      if (kind && 'data' in file) {
        const done = await importInterchange(api, file, kind, args, io);
        outcomes.push(done.outcome);
        interchangeIncomplete ||= done.incomplete;
        continue;
      }
      const outcome =
        'error' in file
          ? { file: file.name, status: 'failed' as const, reason: file.error }
          : unwrap(
              await api.importFiles({
                // A NAME.csl.json found beside the text travels with it as its metadata.
                files: [file, ...(file.sidecar ? [file.sidecar] : [])].map((f) => ({
                  name: f.name,
                  dataBase64: f.data.toString('base64'),
                })),
                // Highlights from Kindle, Hypothesis or Readwise take this theme.
                ...(args.theme[0] ? { highlightTheme: args.theme[0] } : {}),
              }),
            ).results[0]!;
      outcomes.push(outcome);
      if (!args.json) {
        // What did not come in is a diagnostic: stderr, as every other failure.
        if (outcome.status === 'failed') io.err(`dossier: ${oneLine(outcome.reason)}`);
        else io.out(describeImport(outcome));
        // How a file was read (a guessed code page, broken bytes, dropped front matter).
        if (outcome.status === 'imported' || outcome.status === 'metadata')
          for (const warning of outcome.warnings ?? [])
            io.err(`dossier: warning: ${oneLine(outcome.file)}: ${warning}`);
        if (outcome.status === 'metadata')
          for (const line of outcome.setAside ?? [])
            io.err(`dossier: ${oneLine(outcome.file)}: ${line}`);
        if (outcome.status === 'highlights')
          for (const line of outcome.notPlaced)
            io.err(`dossier: ${oneLine(outcome.file)}: not placed: ${oneLine(line)}`);
      }
    }
    if (args.json) io.out(JSON.stringify({ results: outcomes }, null, 2));
    const incomplete =
      interchangeIncomplete ||
      (outcomes as ImportOutcome[]).some(
        (o) => o.status === 'failed' || (o.status === 'metadata' && o.setAside?.length),
      );
    return incomplete ? EXIT_USER : EXIT_OK;
  },

  list: async (api, args, io) => {
    const sources = unwrap(await api.listSources(args.theme[0] ? { theme: args.theme[0] } : {}));
    print(io, args, jsonShapes.list(sources), () => describeList(sources));
    return EXIT_OK;
  },

  reread: async (api, args, io) => {
    const id = args.positionals[0];
    if (!id) throw new UsageError('reread needs a source id (see dossier list).');
    const source = unwrap(await api.getSource({ id }));
    const keepLines = args.putBack.map((n) => {
      const line = source.removed[Number(n) - 1];
      if (!/^\d+$/.test(n) || line === undefined)
        throw new UsageError(
          `--put-back ${n}: “${oneLine(source.title)}” has ${source.removed.length} left-out lines (see dossier show ${id}).`,
        );
      return line;
    });
    const report = unwrap(
      await api.reimportSource({
        sourceId: source.id,
        ...(args.putBackAll ? { keepRemoved: true } : {}),
        ...(keepLines.length ? { keepLines } : {}),
      }),
    );
    print(io, args, report, describeReimport(report));
    return EXIT_OK;
  },

  show: async (api, args, io) => {
    const id = args.positionals[0];
    if (!id) throw new UsageError('show needs a source id (see dossier list).');
    const source = unwrap(await api.getSource({ id }));
    print(io, args, jsonShapes.show(source), describeSource(source));
    return EXIT_OK;
  },

  key: async (api, args, io) => {
    const id = args.positionals[0];
    if (!id) throw new UsageError('key needs a source id or citation key (see dossier list).');
    let source = unwrap(await api.getSource({ id }));
    if (args.refresh) {
      unwrap(await api.refreshCitationKey({ sourceId: source.id }));
      source = unwrap(await api.getSource({ id: source.id }));
    }
    const key = source.metadata['citation-key'];
    const state = { key: typeof key === 'string' ? key : null, ...source.keyState };
    print(io, args, state, describeKey(source));
    return EXIT_OK;
  },

  search: async (api, args, io) => {
    const query = args.positionals.join(' ');
    if (!query.trim()) throw new UsageError('search needs a query.');
    const { hits } = unwrap(
      await api.search({
        query,
        limit: args.limit,
        filters: { theme: args.theme, type: args.type },
      }),
    );
    print(io, args, jsonShapes.search(hits), describeHits(hits));
    return EXIT_OK;
  },
};
