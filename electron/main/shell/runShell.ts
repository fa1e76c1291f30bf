import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArchiveError } from '../../../shared/api/errors';
import type { CliIo } from '../cli/cliSupport';
import { openArchive } from '../archive/archiveService';
import { resolveLibraryDir } from '../library/libraryPaths';
import { startShellServer } from './httpShell';
import { startCaptureFor } from '../capture/captureForArchive';

export const SHELL_USAGE = `Usage: npm run web -- [--library DIR] [--port N]

Starts Dossier's browser shell: the archive runs here, the window in your browser at the
http://127.0.0.1 address it prints. Press Ctrl+C to stop.

  --library DIR   the library folder (default: DOSSIER_LIBRARY, else the app's own folder)
  --port N        the port on 127.0.0.1 (default: any free port)
  -h, --help      this text`;

/** Why the shell could not start, in one sentence, or null when the error is not the writer's. */
function startFailure(error: unknown, port: number): string | null {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE')
    return `Port ${port} on 127.0.0.1 is already in use: stop what uses it, or choose another with --port (or leave --port out for any free port).`;
  if (code === 'EACCES')
    return `Port ${port} on 127.0.0.1 needs privileges this user lacks: choose a port above 1023.`;
  return null;
}

/**
 * Starts the browser shell: the service in this process, the window in any browser. Resolves
 * with the exit code once `stop` resolves (Ctrl+C or SIGTERM in a real process).
 */
export async function runShell(
  argv: string[],
  rendererDir: string,
  io: CliIo,
  stop: () => Promise<void>,
): Promise<number> {
  let values: { library?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        library: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`dossier: ${(error as Error).message}\n\n${SHELL_USAGE}`);
    return 1;
  }
  if (values.help) {
    io.out(SHELL_USAGE);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`dossier: --port takes a whole number from 0 to 65535, not "${values.port}".`);
    return 1;
  }
  if (!existsSync(join(rendererDir, 'index.html'))) {
    io.err('Dossier is not built yet: run "npm run build" first, then start it again.');
    return 1;
  }
  // Listening for Ctrl+C and SIGTERM before anything opens: a stop asked for while the shell
  // starts (its address is printed before the capture port is open) closes it as cleanly as later.
  const stopped = stop();
  let archive;
  try {
    // A shared library brings others' edits every five seconds while the shell runs.
    archive = await openArchive(resolveLibraryDir(values.library, io.env), { syncEveryMs: 5000 });
  } catch (error) {
    if (error instanceof ArchiveError) {
      io.err(`Dossier cannot open its library: ${error.message}`);
      return 1;
    }
    throw error;
  }
  let server;
  try {
    server = await startShellServer({
      handlers: archive.handlers,
      events: archive.events,
      rendererDir,
      port,
      onInternalError: (error) =>
        io.err(`[dossier] internal error: ${String((error as Error)?.stack ?? error)}`),
    });
  } catch (error) {
    await archive.close();
    const reason = startFailure(error, port);
    if (reason === null) throw error;
    io.err(`dossier: ${reason}`);
    return 1;
  }
  io.out(`Dossier is running. Open ${server.url} in your browser.`);
  io.out(`Library: ${archive.libraryDir}. Press Ctrl+C to stop.`);
  const capture = await startCaptureFor(archive, (error) =>
    io.err(`[dossier] capture: internal error: ${String((error as Error)?.stack ?? error)}`),
  );
  if ('failed' in capture)
    io.err(`dossier: the browser extension cannot save here: ${capture.failed}`);
  else
    io.out(
      `The browser extension saves to 127.0.0.1:${capture.port} (pair it with: dossier capture pair).`,
    );
  await stopped;
  if (!('failed' in capture)) await capture.close();
  await server.close();
  await archive.close();
  return 0;
}
