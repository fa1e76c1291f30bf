import type { ArchiveHandlers } from '../../../shared/api/contract';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import type { ArchiveState } from '../archive/archiveState';
import { CaptureClients } from './captureClients';

export type CaptureHandlers = Pick<
  ArchiveHandlers,
  'captureBrowsers' | 'pairBrowser' | 'revokeBrowser'
>;

/** The window's view of the paired browsers: the same file the endpoint and the CLI read. */
export function captureHandlers(state: Pick<ArchiveState, 'files' | 'now'>): CaptureHandlers {
  const clients = new CaptureClients(state.files.capture, state.now);
  return {
    captureBrowsers: async () => {
      const { clients: browsers, pairingUntil } = await clients.list();
      return { browsers, pairingUntil };
    },
    pairBrowser: () => clients.startPairing(),
    revokeBrowser: async ({ id }) => {
      if (!(await clients.revoke(id)))
        throw new ArchiveError(
          'NOT_FOUND',
          errorWords('That browser is not paired with this library.'),
        );
      return { revoked: id };
    },
  };
}
