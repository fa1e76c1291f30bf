import type { ArchiveApi } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import type { CliArgs } from './cliArgs';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
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

export function print(io: CliIo, args: CliArgs, json: unknown, text: string): void {
  io.out(args.json ? JSON.stringify(json, null, 2) : text);
}

export type Command = (api: ArchiveApi, args: CliArgs, io: CliIo) => Promise<number>;
