import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArchiveApi } from '../../../shared/api/contract';
import type { ExportedFile } from '../../../shared/api/types';
import type { Result } from '../../../shared/api/errors';
import type { CliArgs } from './cliArgs';

export interface CliIo {
  /** A line of results on standard output. */
  out: (text: string) => void;
  /** A line of diagnostics on standard error: warnings, what is missing, what went wrong. */
  err: (text: string) => void;
  /** An exported file's own text on standard output, as it is (where out escapes). */
  data?: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes: 0 done, 1 the writer's mistake (one line says which), 2 Dossier's own failure. */
export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_INTERNAL = 2;

export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new CommandFailed(
    result.error.message,
    result.error.code === 'INTERNAL' ? EXIT_INTERNAL : EXIT_USER,
  );
}

/** The command's answer as JSON with --json, else as text (worded only when it is shown). */
export function print(
  io: CliIo,
  args: CliArgs,
  json: unknown,
  text: string | (() => string),
): void {
  io.out(args.json ? JSON.stringify(json, null, 2) : typeof text === 'string' ? text : text());
}

export type Command = (api: ArchiveApi, args: CliArgs, io: CliIo) => Promise<number>;

/** An exported file written to --out (saying what it holds), or its text to standard output. */
export async function deliver(
  io: CliIo,
  args: CliArgs,
  file: ExportedFile,
  holds: string,
): Promise<number> {
  const bytes = Buffer.from(file.dataBase64, 'base64');
  for (const warning of file.warnings ?? []) io.err(`dossier: warning: ${warning}`);
  if (!args.out) {
    (io.data ?? io.out)(bytes.toString('utf8'));
    return EXIT_OK;
  }
  await writeFile(resolve(io.cwd, args.out), bytes);
  io.out(`wrote ${holds} to ${args.out}`);
  return EXIT_OK;
}

/** Why a file named on the command line could not be read, in a writer's words. */
function whyUnreadable(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'this user may not read it';
    default:
      return error.message;
  }
}

/** A file the writer named, read whole; a clear one-line refusal when it cannot be. */
export async function readNamedFile(cwd: string, path: string): Promise<Buffer> {
  try {
    return await readFile(resolve(cwd, path));
  } catch (error) {
    throw new CommandFailed(
      `Cannot read ${path}: ${whyUnreadable(error as NodeJS.ErrnoException)}.`,
      EXIT_USER,
    );
  }
}
