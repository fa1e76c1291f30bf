import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ArchiveApi } from '../../../shared/api/contract';
import { UsageError, type CliArgs } from './cliArgs';
import { describeCodebookImport } from './projectCommands';
import {
  CommandFailed,
  deliver,
  EXIT_OK,
  EXIT_USER,
  print,
  unwrap,
  type CliIo,
} from './cliSupport';

const SUBCOMMANDS = 'codebook export|import|start|packs|add-pack';

async function importCodebook(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const path = args.positionals[1];
  if (!path) throw new UsageError('codebook import needs a .csv or .qdc file.');
  let data: Buffer;
  try {
    data = await readFile(resolve(io.cwd, path));
  } catch (error) {
    throw new CommandFailed(`Cannot read ${path}: ${(error as Error).message}`, EXIT_USER);
  }
  const report = unwrap(
    await api.importCodebook({
      name: basename(path),
      dataBase64: data.toString('base64'),
      replace: args.replace,
    }),
  );
  print(io, args, report, describeCodebookImport(basename(path), report).join('\n'));
  return EXIT_OK;
}

/** dossier codebook …: start, read, write and extend the codebook. */
export async function codebook(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const [sub, value] = args.positionals;
  switch (sub) {
    case 'export': {
      const format = args.format ?? 'csv';
      if (format !== 'csv' && format !== 'qdc')
        throw new UsageError('codebook export takes --format csv or qdc.');
      const file = unwrap(await api.exportCodebook({ format }));
      return deliver(io, args, file, `a codebook of ${file.count} themes`);
    }
    case 'import':
      return importCodebook(api, args, io);
    case 'start': {
      if (value !== 'general' && value !== 'empty')
        throw new UsageError('codebook start takes general (the four themes) or empty.');
      const history = unwrap(await api.startCodebook({ start: value }));
      print(io, args, history, `codebook started: ${value}`);
      return EXIT_OK;
    }
    case 'packs': {
      const state = unwrap(await api.codebookState({}));
      const text = state.packs
        .map((p) => `${p.id.padEnd(20)} ${p.added ? '(added) ' : ''}${p.name}: ${p.description}`)
        .join('\n');
      print(io, args, state.packs, text || 'No cue packs.');
      return EXIT_OK;
    }
    case 'add-pack': {
      if (!value) throw new UsageError('codebook add-pack needs a pack id (see codebook packs).');
      const history = unwrap(await api.addCuePack({ packId: value }));
      print(io, args, history, `added cue pack ${value}`);
      return EXIT_OK;
    }
    default:
      throw new UsageError(`Usage: dossier ${SUBCOMMANDS}`);
  }
}
