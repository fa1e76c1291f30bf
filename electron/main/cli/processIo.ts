import type { CliIo } from './cliSupport';

/**
 * The CLI's streams in a real process: results on stdout, every diagnostic on stderr. When the
 * reader of stdout goes away (`dossier show --json | head`), the rest of the results are dropped
 * and the command still finishes its work and closes the library; it never dies mid-write.
 */
export function processIo(): CliIo {
  let readerGone = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return {
    out: (text) => {
      if (!readerGone) process.stdout.write(`${text}\n`);
    },
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}
