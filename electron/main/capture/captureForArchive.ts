import type { Archive } from '../archive/archiveService';
import { CaptureClients } from './captureClients';
import { archiveCaptureLibrary } from './captureLibrary';
import { startCaptureServer, type CaptureServer } from './captureServer';

/** DOSSIER_CAPTURE_PORTS: "off", or ports to use instead of the documented ones. */
function portsFromEnv(value: string | undefined): readonly number[] | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'off') return [];
  return value.split(',').map(Number).filter(Number.isInteger);
}

/** The library's paired browsers, telling the window when the extension pairs. */
export function captureClientsFor(archive: Archive): CaptureClients {
  return new CaptureClients(archive.state.files.capture, undefined, () =>
    archive.events.emit({ kind: 'capture' }),
  );
}

/**
 * The extension's endpoint over an open library, or why it could not start: the library stays
 * open and usable either way, only saving from the browser waits.
 */
export async function startCaptureFor(
  archive: Archive,
  onInternalError?: (error: unknown) => void,
  ports: readonly number[] | undefined = portsFromEnv(process.env.DOSSIER_CAPTURE_PORTS),
): Promise<CaptureServer | { failed: string }> {
  if (ports?.length === 0) return { failed: 'it is turned off (DOSSIER_CAPTURE_PORTS=off)' };
  try {
    return await startCaptureServer({
      library: archiveCaptureLibrary(archive),
      clients: captureClientsFor(archive),
      ...(ports ? { ports } : {}),
      ...(onInternalError ? { onInternalError } : {}),
    });
  } catch (error) {
    return { failed: (error as Error).message };
  }
}
