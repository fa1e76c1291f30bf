import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArchiveError } from '../../../shared/api/errors';
import { openArchive } from '../archive/archiveService';
import { resolveLibraryDir } from '../library/libraryPaths';
import { startShellServer } from './httpShell';

/** Starts the browser shell: the service in this process, the window in any browser. */
export async function runShell(argv: string[], repoRoot: string): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { library: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const rendererDir = join(repoRoot, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(
      'Dossier is not built yet: run "npm run build" first, then start it again.\n',
    );
    return 1;
  }
  let archive;
  try {
    archive = await openArchive(resolveLibraryDir(values.library));
  } catch (error) {
    if (error instanceof ArchiveError) {
      process.stderr.write(`Dossier cannot open its library: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const server = await startShellServer({
    handlers: archive.handlers,
    rendererDir,
    port: values.port === undefined ? 0 : Number(values.port),
    onInternalError: (error) => console.error('[dossier] internal error:', error),
  });
  process.stdout.write(`Dossier is running. Open ${server.url} in your browser.\n`);
  process.stdout.write(`Library: ${archive.libraryDir}. Press Ctrl+C to stop.\n`);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await archive.close();
  return 0;
}
