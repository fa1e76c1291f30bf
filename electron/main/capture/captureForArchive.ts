import type { Archive } from '../archive/archiveService';
import { CaptureClients } from './captureClients';
import { archiveCaptureLibrary } from './captureLibrary';
import { startCaptureServer, type CaptureServer } from './captureServer';

/**
 * The extension's endpoint over an open library, or why it could not start: the library stays
 * open and usable either way, only saving from the browser waits.
 */
export async function startCaptureFor(
  archive: Archive,
  onInternalError?: (error: unknown) => void,
  ports?: readonly number[],
): Promise<CaptureServer | { failed: string }> {
  try {
    return await startCaptureServer({
      library: archiveCaptureLibrary(archive),
      clients: new CaptureClients(archive.state.files.capture),
      ...(ports ? { ports } : {}),
      ...(onInternalError ? { onInternalError } : {}),
    });
  } catch (error) {
    return { failed: (error as Error).message };
  }
}
