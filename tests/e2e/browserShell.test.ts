import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { startShellServer, type ShellServer } from '../../electron/main/shell/httpShell';
import { asUpload, corpusFiles, repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium } from './browser';

const shots = join(repoRoot, 'test-results');
const rendererDir = join(repoRoot, 'out', 'renderer');

interface Running {
  archive: Archive;
  shell: ShellServer;
}

async function startDossier(libraryDir: string): Promise<Running> {
  const archive = await openArchive(libraryDir);
  const shell = await startShellServer({
    handlers: archive.handlers,
    events: archive.events,
    rendererDir,
  });
  return { archive, shell };
}

async function stopDossier(running: Running) {
  await running.shell.close();
  await running.archive.close();
}

let browser: Browser;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(running: Running): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(running.shell.url);
  // The page is ready for keys once the app has drawn its search field.
  await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
  return page;
}

/** Drops files on the window as a writer dragging them from the file manager would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

describe('the browser shell keeps its token to itself', () => {
  it('never sends the token to another local server, and a reload keeps the page working', async () => {
    const running = await startDossier(await tempDir());
    await running.archive.api.importFiles({ files: [asUpload(corpusFiles()[3]!)] });
    const context = await browser.newContext();
    const seen: string[] = [];
    // Another program's server on this machine, which the writer's browser also visits.
    const other = createServer((req, res) => {
      seen.push(JSON.stringify({ url: req.url, headers: req.headers }));
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html><body>another local page</body></html>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherPort = (other.address() as AddressInfo).port;
    try {
      const page = await context.newPage();
      await page.goto(running.shell.url);
      await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
      // The token left the address bar, and the page's requests carry it: the library answers.
      expect(page.url()).toBe(`http://127.0.0.1:${running.shell.port}/`);
      const sources = page.getByRole('list', { name: 'Sources' }).getByRole('button');
      await expect.poll(() => sources.count()).toBe(1);
      await page.reload();
      await expect.poll(() => sources.count()).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await context.cookies()).toEqual([]);

      const visit = await context.newPage();
      await visit.goto(`http://127.0.0.1:${otherPort}/`);
      await visit.evaluate(() => fetch('/probe', { credentials: 'include' }));
      // The page, its probe (and the browser's own favicon request): none carries the token.
      await expect.poll(() => seen.some((r) => r.includes('"url":"/probe"'))).toBe(true);
      for (const request of seen) expect(request).not.toContain(running.shell.token);
    } finally {
      await context.close();
      await new Promise((resolve) => other.close(resolve));
      await stopDossier(running);
    }
  });
});

describe('Dossier in Chromium through the browser shell', () => {
  it('imports the corpus, finds Janaozen in both spellings, opens the hit marked, and keeps it all after a restart', async () => {
    const library = await tempDir();
    let running = await startDossier(library);
    let page = await openPage(running);

    // An empty library welcomes the writer with an Import button and a drop zone.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welcome to Dossier' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('region', { name: 'Drop files here to import' }).isVisible()).toBe(
      true,
    );
    await page.screenshot({ path: join(shots, 'e2e-1-welcome.png') });

    // Import through the file picker.
    const files = corpusFiles();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles(files);
    const status = page.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toMatch(new RegExp(`Imported ${files.length} of ${files.length} files`));
    const sources = page.getByRole('list', { name: 'Sources' }).getByRole('button');
    // Reader comments are sources of their own: the library lists what the service holds.
    const listed = await running.archive.api.listSources({});
    const imported = listed.ok ? listed.value.length : -1;
    expect(imported).toBeGreaterThanOrEqual(files.length);
    // The library list refreshes once the batch is done.
    await expect.poll(() => sources.count()).toBe(imported);

    // And by dropping a file onto the window.
    await dropFiles(page, [
      { name: 'dropped-note.txt', text: 'A note dropped on the window\n\nIt mentions the CSTO.' },
    ]);
    await expect.poll(() => sources.count()).toBe(imported + 1);

    // Search from the keyboard, results as you type, grouped by source, matched words marked.
    await page.keyboard.press('Control+k');
    const search = page.getByRole('combobox', { name: 'Search passages' });
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Janaozen');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('false');
    expect(await results.getByRole('option').count()).toBeGreaterThanOrEqual(2);
    expect(await results.getByRole('group').count()).toBeGreaterThan(1);
    const marks = await results.locator('mark').allTextContents();
    expect(marks).toContain('Janaozen');
    expect(marks.some((m) => m.startsWith('Zhanaozen'))).toBe(true);
    await page.screenshot({ path: join(shots, 'e2e-2-search.png') });

    // Open a hit spelled differently from the query: the reader scrolls to it and marks it.
    await results
      .getByRole('option')
      .filter({ hasText: 'Zhanaozen' })
      .filter({ hasNotText: 'Janaozen' })
      .first()
      .click();
    const focused = page.locator('.passage.is-focused');
    await expect.poll(() => focused.count()).toBe(1);
    expect(await focused.locator('mark').first().textContent()).toMatch(/^Zhanaozen/);
    expect(await focused.isVisible()).toBe(true);
    const inView = await focused.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.getByRole('complementary', { name: 'Inspector' }).textContent()).toMatch(
      /Passages/,
    );
    await page.screenshot({ path: join(shots, 'e2e-3-hit-in-reader.png') });

    // Keyboard: arrows and Enter open a hit too.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Tokayev');
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('false');
    expect(await results.getByRole('option').count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const wanted = await results.getByRole('option', { selected: true }).textContent();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.passage.is-focused mark').first().textContent())
      .toMatch(/Tokayev/);
    expect(wanted).toMatch(/Tokayev/);

    // Quit and start again: everything is still there.
    await page.close();
    await stopDossier(running);
    running = await startDossier(library);
    page = await openPage(running);
    const again = page.getByRole('list', { name: 'Sources' }).getByRole('button');
    await expect.poll(() => again.count()).toBe(imported + 1);
    await page.screenshot({ path: join(shots, 'e2e-4-after-restart.png') });
    await page.close();
    await stopDossier(running);
  });

  it('sorts the library and shows a refused file with its reason', async () => {
    const library = await tempDir();
    const running = await startDossier(library);
    const page = await openPage(running);
    await dropFiles(page, [
      { name: 'b-second.txt', text: 'Zeta report\n\nOne.\n\nTwo.\n\nThree.' },
      { name: 'a-first.txt', text: 'Alpha notes\n\nOnly one.' },
      { name: 'empty.txt', text: '   ' },
    ]);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/Imported 2 of 3 files, 1 failed/);
    expect(await status.textContent()).toMatch(/empty\.txt was not imported: it is empty\./);
    const titles = () =>
      page.getByRole('list', { name: 'Sources' }).locator('.source-title').allTextContents();
    // The library list refreshes once the batch is done.
    await expect.poll(titles).toEqual(['Alpha notes', 'Zeta report']);
    await page.getByLabel('Sort by').selectOption('passages');
    expect(await titles()).toEqual(['Zeta report', 'Alpha notes']);
    await page.close();
    await stopDossier(running);
  });

  it('finds Latin spellings from a Cyrillic query, marks them, and narrows by a source chip', async () => {
    const library = await tempDir();
    const running = await startDossier(library);
    await running.archive.api.importFiles({ files: corpusFiles().map((f) => asUpload(f)) });
    const page = await openPage(running);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Жанаозен');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('false');
    const marks = await results.locator('mark').allTextContents();
    expect(marks.some((m) => /^Zhanaozen/.test(m))).toBe(true);
    expect(marks.some((m) => /^Janaozen/.test(m))).toBe(true);
    const groups = await results.getByRole('group').count();
    expect(groups).toBeGreaterThan(1);
    await page.screenshot({ path: join(shots, 'e2e-5-cyrillic-query.png') });

    const firstSource = await results.getByRole('group').first().getAttribute('aria-label');
    const sourceId = (await running.archive.api.listSources({})).ok
      ? (
          (await running.archive.api.listSources({})) as { value: { id: string; title: string }[] }
        ).value.find((s) => s.title === firstSource)!.id
      : '';
    await page.getByLabel('Filter by source').selectOption(sourceId);
    await expect.poll(() => results.getByRole('group').count()).toBe(1);
    expect(
      await page.getByRole('button', { name: `Remove filter Source: ${firstSource}` }).isVisible(),
    ).toBe(true);
    await page.screenshot({ path: join(shots, 'e2e-6-source-filter.png') });
    await page.getByRole('button', { name: `Remove filter Source: ${firstSource}` }).click();
    await expect.poll(() => results.getByRole('group').count()).toBe(groups);
    await page.close();
    await stopDossier(running);
  });

  it('lists what a filter chip selects with no words typed, and what theme: selects', async () => {
    const running = await startDossier(await tempDir());
    await running.archive.api.importFiles({
      files: [asUpload(join(repoRoot, 'tests/fixtures/articles/oil-strike.txt'))],
    });
    const listed = await running.archive.api.listSources({});
    const sourceId = listed.ok ? listed.value[0]!.id : '';
    const detail = await running.archive.api.getSource({ id: sourceId });
    const passage = detail.ok ? detail.value.passages[1]! : undefined;
    await running.archive.api.createHighlight({
      sourceId,
      start: passage!.start,
      end: passage!.start + 11,
      themeIds: ['labour'],
    });
    const page = await openPage(running);
    await page.keyboard.press('Control+k');
    // The filters are there before any word is typed.
    await page.getByLabel('Filter by theme').selectOption('labour');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getByRole('option').count()).toBe(1);
    expect(await results.locator('mark').first().textContent()).toBe(passage!.text.slice(0, 11));
    await page.screenshot({ path: join(shots, 'e2e-15-filter-alone.png') });
    await page.getByRole('button', { name: 'Remove filter Theme: labour' }).click();
    await page.getByRole('combobox', { name: 'Search passages' }).fill('theme:labour');
    await expect.poll(() => results.getByRole('option').count()).toBe(1);
    await page.close();
    await stopDossier(running);
  });
});
