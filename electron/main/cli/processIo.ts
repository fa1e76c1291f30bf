import type { CliIo } from './cliSupport';

/** The CLI's streams in a real process: results on stdout, every diagnostic on stderr. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}
