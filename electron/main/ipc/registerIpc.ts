import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ArchiveHandlers } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { ipcChannel, operationNames } from '../../../shared/api/operationNames';

/**
 * One ipcMain handler per operation. Only Dossier's own page may call them, and every input goes
 * through the contract's schema before the service sees it.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ArchiveHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  onInternalError?: (error: unknown) => void,
): void {
  for (const name of operationNames) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `Refused ${name}: the call did not come from Dossier's window.`,
          },
        };
      }
      return dispatch(handlers, name, input, onInternalError);
    });
  }
}
