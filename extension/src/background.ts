import { indexedDbQueue } from './captureQueue';
import { DossierClient } from './dossierClient';
import { handleMessage, type BackgroundDeps } from './messages';
import { frameContent, snapshotPage, type FrameContent } from './pageSnapshot';

/** More frames than a page of comments has: the rest are left as they are. */
const MAX_FRAMES = 20;

const TOKEN = 'dossierToken';

const readToken = async () =>
  ((await chrome.storage.local.get([TOKEN]))[TOKEN] as string | undefined) ?? null;

const client = new DossierClient({
  fetch: (input, init) => fetch(input, init),
  token: readToken,
  saveToken: async (token) =>
    token ? chrome.storage.local.set({ [TOKEN]: token }) : chrome.storage.local.remove([TOKEN]),
});

const deps: BackgroundDeps = {
  client,
  queue: indexedDbQueue,
  snapshot: async (tabId) => {
    // Frames first: another site's frame (a comment thread) can only be read from inside it.
    const inner = await chrome.scripting
      .executeScript({ target: { tabId, allFrames: true }, func: frameContent })
      .catch(() => []);
    const frames = inner
      .map((f) => f.result)
      .filter((f): f is FrameContent => f !== null)
      .slice(0, MAX_FRAMES);
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId },
      func: snapshotPage,
      args: [frames],
    });
    if (!frame) throw new Error('This page cannot be read by an extension (a browser page?).');
    return frame.result;
  },
  badge: async (waiting) => {
    await chrome.action.setBadgeBackgroundColor({ color: '#8a4b08' });
    await chrome.action.setBadgeText({ text: waiting ? String(waiting) : '' });
  },
  hasToken: async () => (await readToken()) !== null,
  clientName: navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium',
  now: () => new Date(),
};

chrome.runtime.onMessage.addListener((message, _sender, respond) => {
  void handleMessage(message, deps).then(respond);
  return true; // The answer comes later.
});

/** The selection menu: one item per theme of the library, as Dossier last told them. */
async function buildMenu() {
  await chrome.contextMenus.removeAll();
  let themes: { id: string; name: string }[] = [];
  try {
    themes = (await client.choices()).themes;
  } catch {
    // Not running or not paired: the menu offers saving the selection untagged.
  }
  chrome.contextMenus.create({
    id: 'dossier',
    title: 'Save selection to Dossier',
    contexts: ['selection'],
  });
  for (const theme of themes)
    chrome.contextMenus.create({
      id: `theme:${theme.id}`,
      parentId: 'dossier',
      title: `as ${theme.name}`,
      contexts: ['selection'],
    });
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (tab?.id === undefined) return;
  const item = String(info.menuItemId);
  const themeIds = item.startsWith('theme:') ? [item.slice('theme:'.length)] : [];
  void handleMessage({ type: 'save', tabId: tab.id, themeIds, onExisting: 'update' }, deps);
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'save-page' && tab?.id !== undefined)
    void handleMessage({ type: 'save', tabId: tab.id, onExisting: 'update' }, deps);
});

// What waits is sent when the browser starts, every minute, and whenever the popup opens.
chrome.alarms.create('flush', { periodInMinutes: 1 });
chrome.alarms.onAlarm.addListener(() => {
  void handleMessage({ type: 'flush' }, deps).then(() => buildMenu());
});
chrome.runtime.onInstalled.addListener(() => void buildMenu());
chrome.runtime.onStartup.addListener(() => void handleMessage({ type: 'flush' }, deps));
