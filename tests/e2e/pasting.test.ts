// Paste as a writer does it: a page copied in a browser tab (Select All, Copy), then Ctrl+V in
// Dossier's window, or its Paste button; the clipboard's markup is read, not its flattened text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, shellFor } from './browser';

const fixtures = join(repoRoot, 'tests/fixtures/readability');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const PAGE_URL = 'http://127.0.0.1:9/copied-page.html';

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A tab showing a news page, Select All and Copy pressed in it, as a writer copies a page. */
async function copyPage(context: BrowserContext, html: string) {
  await context.route(PAGE_URL, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  const tab = await context.newPage();
  await tab.goto(PAGE_URL);
  await tab.keyboard.press('Control+A');
  await tab.keyboard.press('Control+C');
  await tab.close();
}

/** Dossier's window in a tab of a context that may read and write the clipboard. */
async function withDossier(
  run: (context: BrowserContext, page: Page, archive: Archive) => Promise<void>,
) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const archive = await openArchive(await tempDir());
  const shell = await shellFor(archive);
  try {
    const page: Page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(shell.url);
    await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
    await run(context, page, archive);
  } finally {
    await context.close();
    await shell.close();
    await archive.close();
  }
}

/** The one source in the library, as the service gives it. */
async function onlySource(archive: Archive) {
  const listed = await archive.api.listSources({});
  if (!listed.ok || listed.value.length !== 1) throw new Error('expected one source');
  const source = await archive.api.getSource({ id: listed.value[0]!.id });
  if (!source.ok) throw new Error(source.error.message);
  return source.value;
}

describe('pasting a page in Chromium', () => {
  it('imports a page copied in the browser with Ctrl+V, its paragraphs numbered as the article’s', () =>
    withDossier(async (context, page, archive) => {
      await copyPage(context, readFileSync(join(fixtures, 'copied', 'webmd-1.html'), 'utf8'));
      await page.bringToFront();
      // Pasted into the search field, it is a search, not an import.
      const field = page.getByRole('combobox', { name: 'Search passages' });
      await field.click();
      await page.keyboard.press('Control+V');
      await expect.poll(async () => (await field.inputValue()).length).toBeGreaterThan(100);
      expect(await archive.api.listSources({})).toEqual({ ok: true, value: [] });
      await field.fill('');
      await page.keyboard.press('Escape');
      await page.locator('body').click({ position: { x: 700, y: 600 } });
      await page.keyboard.press('Control+V');
      const sources = page.getByRole('list', { name: 'Sources' });
      await expect.poll(() => sources.getByRole('button').count()).toBe(1);
      const source = await onlySource(archive);
      const expected = new JSDOM(
        readFileSync(join(fixtures, 'pasted', 'webmd-1.expected.html'), 'utf8'),
      ).window.document;
      const paragraphs = Array.from(expected.querySelectorAll('p'), (p) =>
        squash(p.textContent ?? ''),
      ).filter(Boolean);
      expect(source.passages.map((p) => squash(p.text))).toEqual(paragraphs);
      expect(source.file).toMatch(/^Pasted page .*\.html$/);
    }));

  it('imports plain text with the Paste button, and refuses a copied link in words', () =>
    withDossier(async (_context, page, archive) => {
      await page.evaluate(() => navigator.clipboard.writeText('https://example.org/story'));
      await page.getByRole('button', { name: 'Paste', exact: true }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toMatch(/holds a link, not a page: Dossier fetches nothing/);
      const notes =
        'Field notes from the hospital strike\n\nNurses walked out at six in the morning over unpaid overtime.';
      await page.evaluate((text) => navigator.clipboard.writeText(text), notes);
      await page.getByRole('button', { name: 'Paste', exact: true }).click();
      const sources = page.getByRole('list', { name: 'Sources' });
      await expect.poll(() => sources.getByRole('button').count()).toBe(1);
      const source = await onlySource(archive);
      expect(source.passages.map((p) => p.text)).toContain(
        'Nurses walked out at six in the morning over unpaid overtime.',
      );
      expect(source.file).toMatch(/^Pasted text .*\.txt$/);
    }));
});
