import type { ArchiveApi } from '../../../shared/api/contract';
import { createApiClient } from '../../../shared/api/apiClient';
import type { Result } from '../../../shared/api/errors';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in the browser shell. */
    dossier?: ArchiveApi;
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
        error: { code: 'INTERNAL', message: 'Dossier is not answering. Is it still running?' },
      };
    }
  });
}

/** The one place that knows which implementation the window has. */
export function chooseApi(): ArchiveApi {
  if (window.dossier) return window.dossier;
  const token =
    document.querySelector<HTMLMetaElement>('meta[name="dossier-token"]')?.content ?? '';
  return createHttpApi(token);
}
