import { i18n } from '../i18n/i18n';
import { withWordedErrors } from '../i18n/wordingText';
import type { ArchiveApi } from '../../../shared/api/contract';
import { createApiClient } from '../../../shared/api/apiClient';
import type { Result } from '../../../shared/api/errors';
import { createShellEvents } from './shellEvents';
import { bridgeEvents, type EventBridge, type WindowEvents } from './windowEvents';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in the browser shell. */
    dossier?: ArchiveApi;
    dossierEvents?: EventBridge;
  }
}

/** The browser shell's transport: the contract over HTTP, with the token the page was served. */
export function createHttpApi(token: string): ArchiveApi {
  return createApiClient(async (name, input) => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: i18n.t('Dossier is not answering. Is it still running?'),
        },
      };
    }
  });
}

const TOKEN_KEY = 'dossier-token';

/**
 * The browser shell's token: from the address's fragment the first time (a fragment never
 * reaches a server), then from this tab's session storage, which only this origin (this port)
 * can read, so a reload keeps working. The fragment is taken out of the address bar and history.
 */
function shellToken(): string {
  const fromAddress = /(?:^#|&)token=([0-9a-f]+)/.exec(window.location.hash)?.[1];
  if (fromAddress) {
    sessionStorage.setItem(TOKEN_KEY, fromAddress);
    // Only the token leaves the address: a source a link names (source=ID) stays for the window.
    const rest = window.location.hash
      .slice(1)
      .split('&')
      .filter((part) => part && !part.startsWith('token='))
      .join('&');
    history.replaceState(
      null,
      '',
      window.location.pathname + window.location.search + (rest ? `#${rest}` : ''),
    );
    return fromAddress;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The one place that knows which implementation the window has: Electron's, or the shell's. */
export function chooseTransport(): { api: ArchiveApi; events: WindowEvents } {
  if (window.dossier && window.dossierEvents)
    return { api: withWordedErrors(window.dossier), events: bridgeEvents(window.dossierEvents) };
  const token = shellToken();
  return { api: withWordedErrors(createHttpApi(token)), events: createShellEvents(token) };
}
