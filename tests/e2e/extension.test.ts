// The browser extension, unpacked into Debian's Chromium (extension/dist/chromium, built by the
// test command), against the capture endpoint over a real library: pair, save a page with a
// selection tagged, save while Dossier is stopped and see it arrive, and the refusals a page's
// own script and a forged token meet.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import type { CaptureClients } from '../../electron/main/capture/captureClients';
import { captureClientsFor } from '../../electron/main/capture/captureForArchive';
import { archiveCaptureLibrary } from '../../electron/main/capture/captureLibrary';
import { startCaptureServer, type CaptureServer } from '../../electron/main/capture/captureServer';
import { CAPTURE_PORTS } from '../../shared/capture/captureMessages';
import { repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { CHROMIUM, shellFor } from './browser';

const unpacked = join(repoRoot, 'extension/dist/chromium');
const PAGE = 'http://docs.example/sharing.html';
const page = readFileSync(
  join(repoRoot, 'tests/fixtures/readability/mercurial/source.html'),
  'utf8',
);

const THREAD = 'http://talk.example/embed/comments/?f=docs';
const thread = readFileSync(join(repoRoot, 'tests/fixtures/capture/disqus-thread.html'), 'utf8');

let context: BrowserContext;
let worker: Worker;
let archive: Archive;
let clients: CaptureClients;
let server: CaptureServer | null = null;

const startEndpoint = async () => {
  server = await startCaptureServer({ library: archiveCaptureLibrary(archive), clients });
};

beforeAll(async () => {
  if (!existsSync(join(unpacked, 'manifest.json')))
    throw new Error('The extension is not built: run npm run build:extension');
  const dir = await tempDir();
  archive = await openArchive(dir);
  clients = captureClientsFor(archive);
  await startEndpoint();
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dossier-ext-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${unpacked}`,
      `--load-extension=${unpacked}`,
    ],
  });
  // A second page with other words, so it is not the first one again.
  await context.route('http://docs.example/**', (route) =>
    route.fulfill({
      body: route.request().url().includes('again')
        ? page.replace('Traditionally, your options are limited', 'Later, the options grew')
        : route.request().url().includes('thread')
          ? page
              .replace('Traditionally, your options are limited', 'With a thread under it')
              .replace(
                '</body>',
                `<div id="disqus_thread"><iframe src="${THREAD}"></iframe></div></body>`,
              )
          : page,
      contentType: 'text/html; charset=utf-8',
    }),
  );
  // Another site's frame, as Disqus serves its threads: the page's own script cannot read it.
  await context.route('http://talk.example/**', (route) =>
    route.fulfill({ body: thread, contentType: 'text/html; charset=utf-8' }),
  );
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const extensionId = () => new URL(worker.url()).host;

/** The popup, opened for the tab showing `url` as the toolbar button opens it for the active one. */
async function popupFor(url: string): Promise<Page> {
  const tabId = await worker.evaluate(
    async (wanted) => (await chrome.tabs.query({ url: wanted }))[0]?.id,
    url,
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId()}/popup.html?tab=${tabId}`);
  return popup;
}

async function selectWords(tab: Page, words: string) {
  await tab.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`not on the page: ${wanted}`);
  }, words);
}

const status = (popup: Page) => popup.getByRole('status');

describe('the Dossier extension in Chromium', () => {
  it('pairs with a code, then saves the page with its selection tagged', async () => {
    const made = await archive.api.createTheme({
      name: 'remote work',
      color: '#336699',
      description: '',
      parentId: null,
      cues: [],
    });
    if (!made.ok) throw new Error(made.error.message);
    const theme = made.value;
    const tab = await context.newPage();
    await tab.goto(PAGE);
    await selectWords(
      tab,
      'The simplest scenario is a single developer working across two computers.',
    );
    let popup = await popupFor(PAGE);
    await expect
      .poll(() => status(popup).textContent())
      .toBe('Pair this browser with Dossier first.');
    // The code as the writer reads it in Dossier's window.
    const shell = await shellFor(archive);
    const window = await context.newPage();
    await window.goto(shell.url);
    await window.getByRole('button', { name: 'Save from the browser…' }).click();
    await window.getByRole('button', { name: 'Pair a browser' }).click();
    const code = await window.locator('.pairing-code').textContent();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await popup.bringToFront();
    await popup.getByLabel('Pairing code').fill(code!);
    await popup.getByRole('button', { name: 'Pair' }).click();
    await popup.waitForEvent('load');
    await expect.poll(() => status(popup).textContent()).toBe('As Dossier reads the page:');
    // The window lists the browser now paired, and can revoke it.
    await window.bringToFront();
    const paired = window.getByRole('list', { name: 'Paired browsers' });
    await expect.poll(() => paired.textContent()).toContain('Chromium, paired');
    await window.screenshot({ path: join(repoRoot, 'test-results', 'e2e-browser-pairing.png') });
    await window.close();
    await shell.close();
    await popup.bringToFront();
    // The title Readability's project expects from this page (expected-metadata.json).
    const { title } = JSON.parse(
      readFileSync(
        join(repoRoot, 'tests/fixtures/readability/mercurial/expected-metadata.json'),
        'utf8',
      ),
    ) as { title: string };
    expect(await popup.getByLabel('Title').inputValue()).toBe(title);
    await popup.screenshot({ path: join(repoRoot, 'test-results', 'e2e-extension-popup.png') });
    await popup.getByRole('checkbox', { name: theme.name }).check();
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => status(popup).textContent())
      .toBe(`Saved “${title}”, the selection tagged.`);
    const sources = await archive.api.listSources({});
    if (!sources.ok) throw new Error(sources.error.message);
    const source = await archive.api.getSource({ id: sources.value[0]!.id });
    if (!source.ok) throw new Error(source.error.message);
    expect(source.value.metadata.URL).toBe(PAGE);
    expect(source.value.highlights.map((h) => [h.quote, h.themeIds])).toEqual([
      ['The simplest scenario is a single developer working across two computers.', [theme.id]],
    ]);
    // "Open in Dossier" links to the source just saved, for the system to hand to Dossier.
    const open = popup.getByRole('link', { name: 'Open in Dossier' });
    expect(await open.getAttribute('href')).toBe(`dossier://source/${source.value.id}`);
    await popup.close();

    // Open again on the same page: Dossier has it, and offers Update or Keep both.
    popup = await popupFor(PAGE);
    await expect.poll(() => popup.locator('#existing').textContent()).toContain('already');
    expect(await popup.getByRole('button', { name: 'Update' }).isVisible()).toBe(true);
    await popup.close();
    await tab.close();
  });

  it('keeps what is saved while Dossier is stopped, and sends it once Dossier is back', async () => {
    const other = 'http://docs.example/sharing-again.html';
    const tab = await context.newPage();
    await tab.goto(other);
    await server!.close();
    server = null;
    let popup = await popupFor(other);
    await expect.poll(() => status(popup).textContent()).toMatch(/^Dossier is not running\./);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => status(popup).textContent())
      .toMatch(/saved here, 1 waiting, sent when it starts/);
    await popup.close();
    await startEndpoint();
    // The popup sends what waits when it opens (the background also tries every minute).
    popup = await popupFor(other);
    await expect
      .poll(async () => {
        const list = await archive.api.listSources({});
        return list.ok ? list.value.length : 0;
      })
      .toBeGreaterThanOrEqual(2);
    const urls = await Promise.all(
      ((await archive.api.listSources({})) as { ok: true; value: { id: string }[] }).value.map(
        async (s) => {
          const detail = await archive.api.getSource({ id: s.id });
          return detail.ok ? detail.value.metadata.URL : null;
        },
      ),
    );
    expect(urls).toContain(other);
    await popup.close();
    await tab.close();
  });

  it('sets another site’s comment frame into the page, so its comments come in linked', async () => {
    const url = 'http://docs.example/with-thread.html';
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.frameLocator('iframe').locator('#post-list').waitFor();
    // The page's own script cannot read the frame: only the extension, from inside it, can.
    expect(await tab.evaluate(() => document.querySelector('iframe')!.contentDocument)).toBeNull();
    const popup = await popupFor(url);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status(popup).textContent()).toMatch(/^Saved “/);
    const all = await archive.api.listSources({});
    if (!all.ok) throw new Error(all.error.message);
    const details = await Promise.all(all.value.map((s) => archive.api.getSource({ id: s.id })));
    const saved = details.flatMap((d) => (d.ok ? [d.value] : []));
    const article = saved.find((d) => d.metadata.URL === url)!;
    // Each comment of the thread is a source linked to the article it was under.
    const comments = saved
      .filter((d) => d.parent?.id === article.id)
      .map((d) => d.passages.map((p) => p.text).join(' '));
    expect(comments.sort()).toEqual(
      [
        'The dockers were not paid for three months before the strike, which the article leaves out.',
        "The union's own figures say four hundred walked out on the first day, not two hundred.",
      ].sort(),
    );
    await popup.close();
    await tab.close();
  });

  it('gives a page’s own script no way to reach Dossier, or to tell it runs', async () => {
    const tab = await context.newPage();
    await tab.goto(PAGE);
    const tries = await tab.evaluate(async (ports) => {
      const attempt = async (url: string, init: RequestInit) => {
        try {
          const response = await fetch(url, init);
          return `answered ${response.status}`;
        } catch (error) {
          return (error as Error).name;
        }
      };
      const open = `http://127.0.0.1:${ports[0]}`;
      return {
        capture: await attempt(`${open}/capture`, {
          method: 'POST',
          headers: { 'x-dossier-capture': '1', 'content-type': 'application/json' },
          body: JSON.stringify({ url: location.href, html: '<p>planted</p>' }),
        }),
        ping: await attempt(`${open}/ping`, { mode: 'no-cors' }),
        // A port where nothing listens, for comparison.
        nothing: await attempt('http://127.0.0.1:9/ping', { mode: 'no-cors' }),
      };
    }, CAPTURE_PORTS);
    expect(tries).toEqual({ capture: 'TypeError', ping: 'TypeError', nothing: 'TypeError' });
    await tab.close();
  });

  it('asks to pair again when its token is refused', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ dossierToken: 'forged-token' }));
    const popup = await popupFor(PAGE);
    await expect
      .poll(() => status(popup).textContent())
      .toBe('Pair this browser with Dossier first.');
    await popup.close();
  });
});
