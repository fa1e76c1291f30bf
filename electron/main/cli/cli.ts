import { ArchiveError, type Result } from '../../../shared/api/errors';
import type { ArchiveApi } from '../../../shared/api/contract';
import { openArchive } from '../archive/archiveService';
import { resolveLibraryDir } from '../library/libraryPaths';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './cliArgs';
import {
  describeHits,
  describeImport,
  describeList,
  describeSource,
  jsonShapes,
} from './cliOutput';
import { readImportPaths } from './readImportPaths';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes: 0 done, 1 the writer's mistake (one line says which), 2 Dossier's own failure. */
const EXIT_OK = 0;
const EXIT_USER = 1;
const EXIT_INTERNAL = 2;

class CommandFailed extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new CommandFailed(
    result.error.message,
    result.error.code === 'INTERNAL' ? EXIT_INTERNAL : EXIT_USER,
  );
}

function print(io: CliIo, args: CliArgs, json: unknown, text: string): void {
  io.out(args.json ? JSON.stringify(json, null, 2) : text);
}

async function runCommand(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  switch (args.command) {
    case 'import': {
      if (args.positionals.length === 0)
        throw new UsageError('import needs at least one file or folder.');
      const outcomes = [];
      for await (const file of readImportPaths(args.positionals, io.cwd)) {
        const outcome =
          'error' in file
            ? { file: file.name, status: 'failed' as const, reason: file.error }
            : unwrap(
                await api.importFiles({
                  files: [{ name: file.name, dataBase64: file.data.toString('base64') }],
                }),
              ).results[0]!;
        outcomes.push(outcome);
        if (!args.json) io.out(describeImport(outcome));
      }
      if (args.json) io.out(JSON.stringify({ results: outcomes }, null, 2));
      return outcomes.some((o) => o.status === 'failed') ? EXIT_USER : EXIT_OK;
    }
    case 'list': {
      const sources = unwrap(await api.listSources({}));
      print(io, args, jsonShapes.list(sources), describeList(sources));
      return EXIT_OK;
    }
    case 'show': {
      const id = args.positionals[0];
      if (!id) throw new UsageError('show needs a source id (see dossier list).');
      const source = unwrap(await api.getSource({ id }));
      print(io, args, jsonShapes.show(source), describeSource(source));
      return EXIT_OK;
    }
    case 'search': {
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
    }
    default:
      throw new UsageError(
        `Unknown command "${args.command}". Run dossier --help for the commands.`,
      );
  }
}

export async function runCli(argv: string[], io: CliIo, open = openArchive): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.command === undefined || args.command === 'help') {
      io.out(USAGE);
      return args.command === undefined && !args.help ? EXIT_USER : EXIT_OK;
    }
    if (!['import', 'list', 'show', 'search'].includes(args.command)) {
      throw new UsageError(
        `Unknown command "${args.command}". Run dossier --help for the commands.`,
      );
    }
    const archive = await open(resolveLibraryDir(args.library, io.env), {
      onInternalError: (error) =>
        io.err(`dossier: internal error: ${String((error as Error)?.stack ?? error)}`),
    });
    try {
      return await runCommand(archive.api, args, io);
    } finally {
      await archive.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`dossier: ${error.message}`);
      return EXIT_USER;
    }
    if (error instanceof CommandFailed) {
      io.err(`dossier: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof ArchiveError) {
      io.err(`dossier: ${error.message}`);
      return error.code === 'INTERNAL' ? EXIT_INTERNAL : EXIT_USER;
    }
    io.err(`dossier: internal error: ${(error as Error)?.message ?? String(error)}`);
    return EXIT_INTERNAL;
  }
}
