// Caret mode as a keyboard writer uses it (issue 31, point 2): the caret is drawn where the arrow
// keys put it, and a word selected by keyboard is quoted without the space before it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { corpusShell, openPage } from './browser';

let running: Awaited<ReturnType<typeof corpusShell>>;
let browser: Browser;
let archive: Archive;

beforeAll(async () => {
  running = await corpusShell(async (a) => {
    archive = a;
    await a.api.startCodebook({ start: 'general' });
  });
  browser = running.browser;
});

afterAll(async () => {
  await running?.close();
});

describe('caret mode in the reader', () => {
  it('draws the caret where the arrows move it, and tags words without their leading space', async () => {
    const page = await openPage(browser, running.url);
    await page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: /Failed ‘colour revolution’/ })
      .click();
    const text = page.locator('article.reader-page');
    await text.locator('.passage').first().waitFor();
    await text.focus();
    const caret = page.locator('.reader-caret');
    await page.keyboard.press('ArrowRight'); // places the caret at the first passage's start
    await caret.waitFor();
    const at = async () => (await caret.boundingBox())!;
    const first = await at();
    expect(first.height).toBeGreaterThan(10);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await at()).x).toBeGreaterThan(first.x + 20);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await at()).y).toBeGreaterThan(first.y + 10);
    // The caret at the end of a word (where Ctrl+→ leaves it), then Ctrl+Shift+→: Chromium
    // selects the next word with the space before it.
    await page.evaluate(() => {
      const passage = document.querySelector('article.reader-page .passage')!;
      const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.search(/[A-Za-z] [A-Za-z]/);
        if (at >= 0) return window.getSelection()!.collapse(node, at + 1);
      }
    });
    await page.keyboard.press('Control+Shift+ArrowRight');
    // A selection shows itself: no caret is drawn over it.
    await expect.poll(() => caret.count()).toBe(0);
    const selected = await page.evaluate(() => String(window.getSelection()));
    expect(selected).toMatch(/^\s+\S+$/);
    await page.keyboard.press('1');
    const listed = await archive.api.listSources({});
    if (!listed.ok) throw new Error(listed.error.message);
    const id = listed.value.find((s) => s.title.includes('colour revolution'))!.id;
    await expect
      .poll(async () => {
        const detail = await archive.api.getSource({ id });
        return detail.ok ? detail.value.highlights.map((h) => h.quote) : [];
      })
      .toEqual([selected.trim()]);
    await page.close();
  });
});
