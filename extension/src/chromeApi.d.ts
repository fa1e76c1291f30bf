// The part of the WebExtensions API (chrome.*, which Firefox also provides) this extension uses,
// typed here rather than with a types package for the whole of it.
declare namespace chrome {
  namespace runtime {
    function sendMessage<T = unknown>(message: unknown): Promise<T>;
    const onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: unknown,
          respond: (answer: unknown) => void,
        ) => boolean | void,
      ): void;
    };
    const onInstalled: { addListener(listener: () => void): void };
    const onStartup: { addListener(listener: () => void): void };
  }
  namespace storage {
    const local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  }
  namespace tabs {
    interface Tab {
      id?: number;
    }
    function query(filter: {
      active?: boolean;
      currentWindow?: boolean;
      url?: string;
    }): Promise<Tab[]>;
    function create(options: { url: string }): Promise<Tab>;
  }
  namespace scripting {
    function executeScript<T, A extends unknown[] = []>(options: {
      target: { tabId: number; allFrames?: boolean };
      func: (...args: A) => T;
      args?: A;
    }): Promise<{ result: T; frameId: number }[]>;
  }
  namespace action {
    function setBadgeText(options: { text: string }): Promise<void>;
    function setBadgeBackgroundColor(options: { color: string }): Promise<void>;
  }
  namespace contextMenus {
    function removeAll(): Promise<void>;
    function create(options: {
      id: string;
      title: string;
      contexts: string[];
      parentId?: string;
    }): void;
    const onClicked: {
      addListener(listener: (info: { menuItemId: string | number }, tab?: tabs.Tab) => void): void;
    };
  }
  namespace commands {
    const onCommand: { addListener(listener: (command: string, tab?: tabs.Tab) => void): void };
  }
  namespace alarms {
    function create(name: string, options: { periodInMinutes: number }): void;
    const onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  }
}
