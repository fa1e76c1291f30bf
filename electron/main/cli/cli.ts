import { existsSync } from 'node:fs';
import { ArchiveError } from '../../../shared/api/errors';
import { openArchive } from '../archive/archiveService';
import { resolveLibraryDir } from '../library/libraryPaths';
import { LOCK_WAIT_MS } from '../library/libraryLock';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './cliArgs';
import {
  CommandFailed,
  EXIT_INTERNAL,
  EXIT_OK,
  EXIT_USER,
  type CliIo,
  type Command,
} from './cliSupport';
import { briefCommands } from './briefCommands';
import { escapeForTerminal } from './terminalText';
import { didYouMean } from './didYouMean';
import { check, restore } from './libraryCommands';
import { capture } from './captureCommands';
import { healthLines } from './healthLines';
import { citeCommands } from './citeCommands';
import { sourceCommands } from './sourceCommands';
import { themeCommands } from './themeCommands';
import { codebook } from './codebookCommands';
import { exportCommand } from './projectCommands';

export type { CliIo } from './cliSupport';

const commands: Record<string, Command> = {
  check,
  codebook,
  export: exportCommand,
  ...sourceCommands,
  ...themeCommands,
  ...citeCommands,
  ...briefCommands,
};

/** Commands that only read: they never wait for, or are refused by, a Dossier that writes. */
const READ_ONLY_COMMANDS = new Set([
  'list',
  'show',
  'search',
  'cite',
  'themes',
  'matrix',
  'passages',
]);
const onlyReads = (args: CliArgs) =>
  READ_ONLY_COMMANDS.has(args.command ?? '') ||
  (args.command === 'bib' && !args.watch && !args.unwatch) ||
  (args.command === 'key' && !args.refresh);

/** Lines from the library reach a terminal with its control characters escaped. */
function terminalIo(io: CliIo): CliIo {
  return {
    ...io,
    out: (text) => io.out(escapeForTerminal(text)),
    err: (text) => io.err(escapeForTerminal(text)),
    data: io.data ?? io.out,
  };
}

/**
 * A run of commands (a script importing a folder file by file) shares one session copy while the
 * newest is this recent: at 50,000 sources a copy is 120 MB. Every step that removes or replaces
 * much (restore, repair, a deleting sync round, a codebook replace) still takes its own, and the
 * window takes one each session.
 */
const CLI_SESSION_COPY_EVERY_MS = 10 * 60_000;

export async function runCli(argv: string[], rawIo: CliIo, open = openArchive): Promise<number> {
  const io = terminalIo(rawIo);
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.command === undefined || args.command === 'help') {
      io.out(USAGE);
      return args.command === undefined && !args.help ? EXIT_USER : EXIT_OK;
    }
    // restore works on the library folder: the library it repairs may not open.
    if (args.command === 'restore')
      return await restore(resolveLibraryDir(args.library, io.env), args, io);
    // Pairing lives in capture.json: the Dossier that runs keeps the library open meanwhile.
    if (args.command === 'capture')
      return await capture(resolveLibraryDir(args.library, io.env), args, io);
    // Automerge (WebAssembly) loads only for sync, not with every command.
    const sync = () => import('./syncCommands');
    // A sync server has no library of its own.
    if (args.command === 'sync' && args.positionals[0] === 'serve')
      return await (await sync()).serveSync(args, io);
    const run = commands[args.command];
    if (!run && args.command !== 'sync') {
      const known = [...Object.keys(commands), 'restore', 'capture', 'sync', 'help'];
      throw new UsageError(
        `There is no command "${args.command}".${didYouMean(args.command, known, (c) => `"${c}"`)} Run dossier --help for the commands.`,
      );
    }
    const libraryDir = resolveLibraryDir(args.library, io.env);
    // A command that only reads makes nothing: a mistyped --library is said, not created.
    if (onlyReads(args) && !existsSync(libraryDir))
      throw new CommandFailed(
        `There is no library at ${libraryDir}. Import files to start one: dossier import FILE…${args.library ? ` --library ${args.library}` : ''}`,
        EXIT_USER,
      );
    const archive = await open(libraryDir, {
      access: onlyReads(args) ? 'read' : 'write',
      sessionCopyEveryMs: CLI_SESSION_COPY_EVERY_MS,
      lockWaitMs: LOCK_WAIT_MS,
      onLockWait: (holder) =>
        io.err(
          `dossier: waiting up to ${LOCK_WAIT_MS / 1000} s for the Dossier that has the library open (${holder}) to finish`,
        ),
      onInternalError: (error) =>
        io.err(`dossier: internal error: ${String((error as Error)?.stack ?? error)}`),
    });
    // Said once, by the command that found it: the next open has nothing left to find.
    // With --json, as one JSON line on stderr, so stdout keeps the command's own shape.
    const warnings = (args.command === 'check' ? [] : healthLines(archive.state.store.health)).map(
      (line) => line.replace(/^(\S+)\s+/, '$1: '),
    );
    if (warnings.length && args.json) io.err(JSON.stringify({ warnings }));
    else for (const line of warnings) io.err(`dossier: warning: ${line}`);
    if (archive.readOnlyWhy !== null)
      io.err(`dossier: note: read as it stands, without writing: ${archive.readOnlyWhy}`);
    try {
      if (args.command === 'sync') return await (await sync()).syncCommand(archive, args, io);
      return await run!(archive.api, args, io);
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
