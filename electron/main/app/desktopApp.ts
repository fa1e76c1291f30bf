import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ArchiveError } from '../../../shared/api/errors';
import { EVENTS_CHANNEL } from '../../../shared/api/operationNames';
import type { ServiceEvent } from '../../../shared/api/serviceEvents';
import {
  DEEP_LINK_SCHEME,
  deepLinkIn,
  openHash,
  readDeepLink,
  type DeepLink,
} from '../../../shared/capture/deepLink';
import { openArchive, type Archive } from '../archive/archiveService';
import { forwardEvents } from '../ipc/forwardEvents';
import { registerIpc } from '../ipc/registerIpc';
import { startCaptureFor } from '../capture/captureForArchive';
import { listBackups } from '../library/backups';
import { APP_NAME, libraryFiles } from '../library/libraryPaths';
import { restoreBackup } from '../library/restoreBackup';
import {
  isAppUrl,
  lockDownContents,
  lockDownSession,
  secureWebPreferences,
} from './windowSecurity';

export interface AppLayout {
  preload: string;
  rendererIndex: string;
  /** Where the browser extension finds Dossier; the documented ports unless a test says. */
  capturePorts?: readonly number[];
}

/** Where electron-vite puts the preload and the renderer beside out/main. */
export function builtLayout(mainDir = fileURLToPath(new URL('.', import.meta.url))): AppLayout {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererIndex: join(mainDir, '../renderer/index.html'),
  };
}

/** The window, opened on a source when a link started Dossier. */
export function createMainWindow(layout: AppLayout, link: DeepLink | null = null): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    show: false,
    webPreferences: secureWebPreferences(layout.preload),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(layout.rendererIndex, link ? { hash: openHash(link) } : undefined);
  return window;
}

/** A shared library brings others' edits this often while the window is open. */
const SYNC_EVERY_MS = 5000;

/**
 * Opens the library; when its records themselves cannot be read, offers to bring back its newest
 * backup (the damaged file is kept beside it) before giving up with a clear message.
 */
async function openOrRecover(dir: string): Promise<Archive | null> {
  try {
    return await openArchive(dir, { syncEveryMs: SYNC_EVERY_MS });
  } catch (error) {
    const message = error instanceof ArchiveError ? error.message : String(error);
    const unreadable = error instanceof ArchiveError && error.code === 'LIBRARY_UNREADABLE';
    const newest = unreadable ? (await listBackups(libraryFiles(dir))).at(-1) : undefined;
    if (!newest) {
      dialog.showErrorBox('Dossier cannot open its library', message);
      return null;
    }
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: 'Dossier cannot open its library',
      message: 'The library file cannot be read.',
      detail: `${message}\n\nThe newest backup was taken ${new Date(newest.takenAt).toLocaleString()}. Bringing it back keeps the damaged file beside the library.`,
      buttons: ['Restore that backup', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) return null;
    try {
      await restoreBackup(libraryFiles(dir), newest.name, new Date());
      return await openArchive(dir, { syncEveryMs: SYNC_EVERY_MS });
    } catch (again) {
      dialog.showErrorBox('Dossier cannot open its library', String((again as Error).message));
      return null;
    }
  }
}

/**
 * dossier://source/ID opens the source: the system hands the link to Dossier (a second launch's
 * arguments on Windows and Linux, 'open-url' on macOS). Run from source, Electron is registered
 * with the app's path, as Electron's docs ask.
 */
function registerLinks(argv: readonly string[]): void {
  const script = process.defaultApp ? argv[1] : undefined;
  if (script) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(script)]);
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
}

function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** Shows a source in a window that is already open, and brings the window forward. */
function openIn(window: BrowserWindow, link: DeepLink): void {
  bringForward(window);
  const event: ServiceEvent = { kind: 'open', sourceId: link.sourceId };
  window.webContents.send(EVENTS_CHANNEL, event);
}

export async function startDesktopApp(
  layout: AppLayout = builtLayout(),
  argv: readonly string[] = process.argv,
): Promise<Archive | null> {
  app.setName(APP_NAME);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerLinks(argv);
  // A link that started Dossier (Windows, Linux), or one macOS hands over before the window.
  let pending = deepLinkIn(argv);
  let window: BrowserWindow | null = null;
  app.on('open-url', (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    const link = readDeepLink(url);
    if (!link) return;
    if (window) openIn(window, link);
    else pending = link;
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  await app.whenReady();

  const archive = await openOrRecover(join(app.getPath('userData'), 'library'));
  if (!archive) {
    app.quit();
    return null;
  }

  const appRoot = pathToFileURL(join(layout.rendererIndex, '..')).href;
  lockDownSession(session.defaultSession, appRoot);
  registerIpc(ipcMain, archive.handlers, (event) => isAppUrl(event.senderFrame?.url, appRoot));
  forwardEvents(archive.events, () => BrowserWindow.getAllWindows());
  const capture = await startCaptureFor(archive, undefined, layout.capturePorts);
  // The window works without it; saving from the browser waits for the ports to free.
  if ('failed' in capture) console.error(`[dossier] capture: ${capture.failed}`);

  window = createMainWindow(layout, pending);
  app.on('second-instance', (_event: unknown, secondArgv: readonly string[] = []) => {
    const link = deepLinkIn(secondArgv);
    if (link) openIn(window!, link);
    else bringForward(window!);
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow(layout);
  });
  app.on('window-all-closed', () => app.quit());
  // Quitting waits for the library to be written whole and its lock released.
  let closed = false;
  app.on('will-quit', (event: { preventDefault(): void }) => {
    if (closed) return;
    event.preventDefault();
    void (async () => {
      if (!('failed' in capture)) await capture.close();
      await archive.close();
    })()
      .catch((error: unknown) =>
        dialog.showErrorBox('Dossier could not close its library', String(error)),
      )
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  return archive;
}
