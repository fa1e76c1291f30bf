import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** Records what the main process asks of Electron, so tests can inspect and drive it. */
export function makeElectronDouble() {
  const appListeners = new Map<string, Listener[]>();
  const handlers = new Map<string, Listener>();
  const windows: {
    options: Record<string, unknown>;
    loaded: string[];
    /** The options each load was given (a start hash). */
    loadOptions: (Record<string, unknown> | undefined)[];
    focused: number;
    /** What the main process sent the window's page, channel and payload. */
    sent: [string, unknown][];
    webContents: { send(channel: string, payload: unknown): void; isDestroyed(): boolean };
  }[] = [];
  const session = {
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    headersReceived: undefined as Listener | undefined,
    dictionaryUrl: undefined as string | undefined,
  };
  const state = {
    userData: '',
    errorBoxes: [] as [string, string][],
    quit: 0,
    /** The button a message box answers with, and the boxes shown. */
    messageBoxAnswer: 1,
    messageBoxes: [] as Record<string, unknown>[],
    /** The URL schemes the app asked the system to hand it, with their arguments. */
    protocols: [] as unknown[][],
  };

  const electron = {
    app: {
      setName: vi.fn(),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      setAsDefaultProtocolClient: vi.fn((...args: unknown[]) => {
        state.protocols.push(args);
        return true;
      }),
      whenReady: vi.fn(async () => {}),
      getPath: vi.fn(() => state.userData),
      quit: vi.fn(() => void state.quit++),
      on: vi.fn((event: string, listener: Listener) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      }),
    },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => handlers.set(channel, listener)),
    },
    BrowserWindow: class {
      static getAllWindows = () => windows;
      constructor(options: Record<string, unknown>) {
        const sent: [string, unknown][] = [];
        windows.push({
          options,
          loaded: [],
          loadOptions: [],
          focused: 0,
          sent,
          webContents: {
            send: (channel, payload) => void sent.push([channel, payload]),
            isDestroyed: () => false,
          },
        });
      }
      once() {}
      isMinimized() {
        return false;
      }
      restore() {}
      focus() {
        windows[windows.length - 1]!.focused++;
      }
      // The double's windows are the list's entries; the class's own fields stay unused.
      get webContents() {
        return windows[windows.length - 1]!.webContents;
      }
      async loadFile(file: string, options?: Record<string, unknown>) {
        windows[windows.length - 1]!.loaded.push(file);
        windows[windows.length - 1]!.loadOptions.push(options);
      }
    },
    dialog: {
      showErrorBox: vi.fn((title: string, message: string) =>
        state.errorBoxes.push([title, message]),
      ),
      showMessageBoxSync: vi.fn((options: Record<string, unknown>) => {
        state.messageBoxes.push(options);
        return state.messageBoxAnswer;
      }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (l: Listener) => (session.permissionRequest = l),
        setPermissionCheckHandler: (l: Listener) => (session.permissionCheck = l),
        setSpellCheckerDictionaryDownloadURL: (url: string) => (session.dictionaryUrl = url),
        webRequest: {
          onBeforeRequest: (l: Listener) => (session.beforeRequest = l),
          onHeadersReceived: (l: Listener) => (session.headersReceived = l),
        },
      },
    },
  };
  return { electron, appListeners, handlers, windows, session, state };
}

/** A WebContents double that records its event handlers. */
export function fakeContents() {
  const events = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  return {
    contents: {
      on: (event: string, listener: Listener) => events.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    },
    fire(event: string, ...args: unknown[]) {
      const prevented = { value: false };
      events.get(event)?.({ preventDefault: () => (prevented.value = true) }, ...args);
      return prevented.value;
    },
    openWindow: (url: string) => openHandler?.({ url }),
  };
}
