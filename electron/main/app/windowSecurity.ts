import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

export function secureWebPreferences(
  preload: string,
): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

/** The window shows Dossier's page and nothing else: no navigation, no new windows, no webviews. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Whether a URL is one of the app's own files: under the renderer folder by whole path segments
 * (file:///app/out/renderer-evil/ is not under file:///app/out/renderer), after the URL parser
 * has resolved any "..".
 */
export function isAppUrl(url: string | undefined, appRoot: string): boolean {
  if (url === undefined) return false;
  let target: URL;
  let root: URL;
  try {
    target = new URL(url);
    root = new URL(appRoot);
  } catch {
    return false;
  }
  if (target.protocol !== 'file:' || root.protocol !== 'file:' || target.host !== root.host)
    return false;
  const base = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
  return target.pathname.startsWith(base);
}

/** No remote content, no permissions, and the CSP on every response the window receives. */
export function lockDownSession(session: Session, appRoot: string): void {
  // On Linux and Windows Chromium fetches spelling dictionaries from Google's servers: point it
  // at the app's own folder, where there are none, so nothing is downloaded (the OS spell
  // checker of macOS, and of Windows where it has one, still works).
  session.setSpellCheckerDictionaryDownloadURL(new URL('dictionaries/', `${appRoot}/`).href);
  // Copying a citation, and the Paste button's reading of a copied page, are all the page may
  // ask for; the session loads nothing but the app's own files, so no other page can ask.
  const allowed = new Set(['clipboard-sanitized-write', 'clipboard-read']);
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowed.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => allowed.has(permission));
  session.webRequest.onBeforeRequest((details, callback) => {
    const local = isAppUrl(details.url, appRoot) || details.url.startsWith('devtools://');
    callback({ cancel: !local });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
