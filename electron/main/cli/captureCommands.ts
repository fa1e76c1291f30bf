import { CaptureClients } from '../capture/captureClients';
import { libraryFiles } from '../library/libraryPaths';
import type { CliArgs } from './cliArgs';
import { UsageError } from './cliArgs';
import { CommandFailed, EXIT_OK, EXIT_USER, print, type CliIo } from './cliSupport';

/**
 * dossier capture pair | browsers | revoke ID: the browsers whose Dossier extension may save
 * pages into this library. It works on capture.json alone, so the Dossier that is running (the
 * window, or npm run web) takes a new code or a revoke at its next request.
 */
export async function capture(dir: string, args: CliArgs, io: CliIo): Promise<number> {
  const clients = new CaptureClients(libraryFiles(dir).capture);
  const [action, id] = args.positionals;
  if (action === 'pair') {
    const { code, expiresAt } = await clients.startPairing();
    print(
      io,
      args,
      { code, expiresAt },
      `Type ${code} in the Dossier extension's popup (Pair) before ${new Date(expiresAt).toLocaleTimeString('en-GB')}.\nDossier must be running (the window, or npm run web) for the extension to reach it.`,
    );
    return EXIT_OK;
  }
  if (action === 'browsers') {
    const { clients: list, pairingUntil } = await clients.list();
    print(
      io,
      args,
      { browsers: list, pairingUntil },
      list.length
        ? list.map((c) => `${c.id}  ${c.name}  paired ${c.pairedAt}`).join('\n')
        : 'No browser is paired with this library: dossier capture pair gives a code.',
    );
    return EXIT_OK;
  }
  if (action === 'revoke' && id) {
    if (!(await clients.revoke(id)))
      throw new CommandFailed(
        `No paired browser has the id ${id}: see dossier capture browsers.`,
        EXIT_USER,
      );
    print(io, args, { revoked: id }, `Revoked: that browser can no longer save pages here.`);
    return EXIT_OK;
  }
  throw new UsageError(
    'Use dossier capture pair, dossier capture browsers or dossier capture revoke ID.',
  );
}
