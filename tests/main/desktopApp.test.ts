import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENTS_CHANNEL, ipcChannel, operationNames } from '../../shared/api/operationNames';
import { tempDir } from '../helpers/tempLibrary';
import { fakeContents, makeElectronDouble } from './electronDouble';

const double = vi.hoisted(() => ({
  current: undefined as ReturnType<typeof makeElectronDouble> | undefined,
}));

vi.mock('electron', () => {
  const proxy = (key: string) =>
    new Proxy(
      {},
      {
        get: (_t, prop) =>
          (double.current!.electron as unknown as Record<string, Record<string | symbol, unknown>>)[
            key
          ]![prop],
      },
    );
  return {
    app: proxy('app'),
    ipcMain: proxy('ipcMain'),
    dialog: proxy('dialog'),
    session: proxy('session'),
    BrowserWindow: new Proxy(class {}, {
      construct: (_t, args) =>
        new double.current!.electron.BrowserWindow(args[0] as Record<string, unknown>),
      get: (_t, prop) =>
        (double.current!.electron.BrowserWindow as unknown as Record<string | symbol, unknown>)[
          prop
        ],
    }),
  };
});

const { startDesktopApp } = await import('../../electron/main/app/desktopApp');

const layout = {
  preload: '/app/out/preload/index.cjs',
  rendererIndex: '/app/out/renderer/index.html',
  // No capture endpoint: it is tested on its own (captureServer.test.ts), on a free port.
  capturePorts: [],
};
const appUrl = pathToFileURL('/app/out/renderer/index.html').href;
let opened: { close(): Promise<void> } | null = null;

beforeEach(async () => {
  double.current = makeElectronDouble();
  double.current.state.userData = await tempDir();
});

afterEach(async () => {
  await opened?.close();
  opened = null;
});

async function start(argv: string[] = ['/usr/bin/electron', '/app/out/main/index.js']) {
  opened = await startDesktopApp(layout, argv);
  return double.current!;
}

const invoke = (
  d: ReturnType<typeof makeElectronDouble>,
  name: string,
  input: unknown,
  url = appUrl,
) =>
  d.handlers.get(ipcChannel(name as never))!({ senderFrame: { url } }, input) as Promise<unknown>;

describe('Electron main process wiring', () => {
  it('registers one IPC handler for every operation of the contract, and no other', async () => {
    const d = await start();
    expect([...d.handlers.keys()].sort()).toEqual(operationNames.map(ipcChannel).sort());
  });

  it('serves operations to its own page over IPC', async () => {
    const d = await start();
    expect(await invoke(d, 'listSources', {})).toEqual({ ok: true, value: [] });
  });

  it('pushes each change to the window on the events channel as it is made', async () => {
    const d = await start();
    await invoke(d, 'importFiles', {
      files: [{ name: 'a.txt', dataBase64: Buffer.from('A\n\nB.').toString('base64') }],
    });
    const pushed = d.windows[0]!.sent.filter(([channel]) => channel === EVENTS_CHANNEL);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]![1]).toMatchObject({
      kind: 'library',
      changes: { revision: 1, sources: true, everything: false },
    });
    // Nothing on the channel but events, and nothing before the change.
    expect(d.windows[0]!.sent.every(([channel]) => channel === EVENTS_CHANNEL)).toBe(true);
  });

  it('asks the system for dossier:// links, and opens the window on the source a link names', async () => {
    const d = await start(['/opt/Dossier/dossier', 'dossier://source/s1a2b3c4d5e6']);
    expect(d.state.protocols).toEqual([['dossier']]);
    expect(d.windows[0]!.loadOptions).toEqual([{ hash: 'source=s1a2b3c4d5e6' }]);
  });

  it('shows the source a second launch links to in the open window, and ignores any other link', async () => {
    const d = await start();
    const second = d.appListeners.get('second-instance')![0]!;
    second({}, ['/opt/Dossier/dossier', 'dossier://source/s9f8e7d6c5b4']);
    second({}, ['/opt/Dossier/dossier', 'dossier://delete/s9f8e7d6c5b4']);
    second({}, ['/opt/Dossier/dossier', 'dossier://source/../library.json']);
    const pushed = d.windows[0]!.sent.filter(([channel]) => channel === EVENTS_CHANNEL);
    expect(pushed.map(([, event]) => event)).toEqual([{ kind: 'open', sourceId: 's9f8e7d6c5b4' }]);
    // Every launch brings the window forward, a link or not.
    expect(d.windows[0]!.focused).toBe(3);
    // macOS hands links over as 'open-url'.
    let prevented = false;
    d.appListeners.get('open-url')![0]!(
      { preventDefault: () => (prevented = true) },
      'dossier://source/s2',
    );
    expect(prevented).toBe(true);
    expect(d.windows[0]!.sent.at(-1)).toEqual([EVENTS_CHANNEL, { kind: 'open', sourceId: 's2' }]);
  });

  it('registers itself with its script when run from source, as Electron asks', async () => {
    const defaultApp = Object.getOwnPropertyDescriptor(process, 'defaultApp');
    Object.defineProperty(process, 'defaultApp', { value: true, configurable: true });
    try {
      const d = await start(['/usr/bin/electron', 'out/main/index.js']);
      expect(d.state.protocols).toEqual([
        ['dossier', process.execPath, [join(process.cwd(), 'out/main/index.js')]],
      ]);
    } finally {
      if (defaultApp) Object.defineProperty(process, 'defaultApp', defaultApp);
      else delete (process as { defaultApp?: boolean }).defaultApp;
    }
  });

  it('refuses bad input with a typed error before the service sees it', async () => {
    const d = await start();
    expect(await invoke(d, 'search', { query: ['not', 'text'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await invoke(d, 'importFiles', { files: 'all of them' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('refuses calls from any page that is not Dossier’s own', async () => {
    const d = await start();
    const result = await invoke(d, 'listSources', {}, 'https://evil.example/');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('opens the library in userData/library', async () => {
    const d = await start();
    await invoke(d, 'importFiles', {
      files: [{ name: 'a.txt', dataBase64: Buffer.from('A\n\nB.').toString('base64') }],
    });
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(d.state.userData, 'library', 'library.db'))).toBe(true);
  });

  it('creates the window with the hardening flags and the sandboxed preload', async () => {
    const d = await start();
    expect(d.windows).toHaveLength(1);
    const prefs = d.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      preload: layout.preload,
    });
    expect(d.windows[0]!.loaded).toEqual([layout.rendererIndex]);
    expect(d.electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('denies navigation, redirects, webviews and new windows in every web contents', async () => {
    const d = await start();
    const contents = fakeContents();
    for (const listener of d.appListeners.get('web-contents-created')!)
      listener({}, contents.contents);
    expect(contents.fire('will-navigate', 'https://example.com')).toBe(true);
    expect(contents.fire('will-redirect', 'https://example.com')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.openWindow('https://example.com')).toEqual({ action: 'deny' });
  });

  it('loads no remote content, grants no permission, and sets the CSP on every response', async () => {
    const d = await start();
    const decide = (url: string) =>
      new Promise((resolve) => d.session.beforeRequest!({ url }, resolve));
    expect(await decide('https://fonts.example.com/a.woff')).toEqual({ cancel: true });
    expect(await decide(pathToFileURL('/app/out/renderer/assets/index.js').href)).toEqual({
      cancel: false,
    });
    expect(await decide('file:///etc/passwd')).toEqual({ cancel: true });
    // Whole path segments: a sibling folder whose name starts the same is not the app's.
    expect(await decide('file:///app/out/renderer-evil/index.js')).toEqual({ cancel: true });
    expect(await decide('file:///app/out/renderer/../secrets.txt')).toEqual({ cancel: true });
    // The spell checker fetches its dictionaries from the app's folder: from no server.
    expect(d.session.dictionaryUrl).toBe('file:///app/out/renderer/dictionaries/');

    const granted = await new Promise((resolve) =>
      d.session.permissionRequest!({}, 'media', resolve),
    );
    expect(granted).toBe(false);
    // Copying a citation and the Paste button's read are the permissions the page gets.
    for (const permission of ['clipboard-sanitized-write', 'clipboard-read']) {
      const clipboard = await new Promise((resolve) =>
        d.session.permissionRequest!({}, permission, resolve),
      );
      expect(clipboard).toBe(true);
    }
    for (const permission of ['geolocation', 'notifications', 'openExternal']) {
      const refused = await new Promise((resolve) =>
        d.session.permissionRequest!({}, permission, resolve),
      );
      expect(refused).toBe(false);
    }
    const headers = await new Promise<{ responseHeaders: Record<string, string[]> }>((resolve) =>
      d.session.headersReceived!({ responseHeaders: {} }, resolve),
    );
    const csp = headers.responseHeaders['Content-Security-Policy']![0]!;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/https?:|unsafe-eval/);
  });

  it('refuses IPC from a page in a folder beside the app whose name starts the same', async () => {
    const d = await start();
    const sibling = pathToFileURL('/app/out/renderer-evil/index.html').href;
    const result = await invoke(d, 'listSources', {}, sibling);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('waits for the library to close before quitting', async () => {
    const d = await start();
    await invoke(d, 'setSourceNote', { sourceId: 'none', note: 'x' });
    const willQuit = d.appListeners.get('will-quit')![0]!;
    let prevented = false;
    willQuit({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(d.state.quit).toBe(0);
    // Once closed, the lock is gone and the app quits for real.
    await expect.poll(() => d.state.quit).toBe(1);
    const lock = join(d.state.userData, 'library', 'library.lock');
    expect(await readFile(lock).catch(() => null)).toBeNull();
    let preventedAgain = false;
    willQuit({ preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
    opened = null;
  });

  it('offers the newest backup when library.db cannot be read, and opens it', async () => {
    const d = double.current!;
    const library = join(d.state.userData, 'library');
    const first = await startDesktopApp(layout);
    await invoke(d, 'createTheme', { name: 'Kept in the backup' });
    await first!.close();
    // A second session backs up the library as it was, then the file is damaged.
    const second = await startDesktopApp(layout);
    await invoke(d, 'createTheme', { name: 'After the backup' });
    await second!.close();
    const broken = 'not a database, only text that took its place '.repeat(100);
    await writeFile(join(library, 'library.db'), broken);

    d.state.messageBoxAnswer = 0;
    opened = await startDesktopApp(layout);
    expect(opened).not.toBeNull();
    expect(d.state.messageBoxes[0]).toMatchObject({ buttons: ['Restore that backup', 'Quit'] });
    const themes = (await invoke(d, 'listThemes', {})) as { value: { name: string }[] };
    expect(themes.value.map((t) => t.name)).toContain('Kept in the backup');
    // The damaged file is kept beside the library, as it was.
    const [kept] = (await readdir(library)).filter((f) =>
      f.startsWith('library.db.before-restore'),
    );
    expect(await readFile(join(library, kept!), 'utf8')).toBe(broken);
  });

  it('shows a clear message and quits when the library cannot be opened', async () => {
    const d = double.current!;
    await mkdir(join(d.state.userData, 'library'), { recursive: true });
    await writeFile(join(d.state.userData, 'library', 'library.json'), '{ broken');
    opened = await startDesktopApp(layout);
    expect(opened).toBeNull();
    expect(d.state.errorBoxes[0]![0]).toBe('Dossier cannot open its library');
    expect(d.state.errorBoxes[0]![1]).toMatch(/library\.json in .* cannot be read/);
    expect(d.state.quit).toBe(1);
    expect(d.windows).toHaveLength(0);
  });
});
