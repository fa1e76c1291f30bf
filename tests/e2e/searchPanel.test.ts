// The search panel never stays over a view: a chip removed with its ×, then Escape and a click
// elsewhere, left it open with the focus on the page (issue 31, point 1).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusShell, openPage } from './browser';

let running: Awaited<ReturnType<typeof corpusShell>>;
let browser: Browser;

beforeAll(async () => {
  running = await corpusShell((a) => a.api.startCodebook({ start: 'general' }));
  browser = running.browser;
});

afterAll(async () => {
  await running?.close();
});

async function openedSearch(): Promise<Page> {
  const page = await openPage(browser, running.url);
  await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
  await page.keyboard.press('Control+k');
  await page.getByLabel('Filter by theme').selectOption({ label: 'casualties' });
  await page.getByRole('button', { name: /^Remove filter Theme/ }).click();
  return page;
}

const listOpen = (page: Page) => page.locator('.search-results').isVisible();

describe('the search panel', () => {
  it('keeps the focus in the field when a filter chip is removed, and closes on Escape', async () => {
    const page = await openedSearch();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search passages');
    await page.keyboard.press('Escape');
    await expect.poll(() => listOpen(page)).toBe(false);
    await page.close();
  });

  it('closes after the steps that left it open: chip removed, Escape, a click on the Sources tab', async () => {
    const page = await openedSearch();
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /Sources/ }).click();
    await expect.poll(() => listOpen(page)).toBe(false);
    // Nothing of the panel stands over the list of sources.
    const box = await page.locator('.search').boundingBox();
    expect(box!.height).toBeLessThan(60);
    await page.close();
  });

  it('closes when the view changes without a click outside it', async () => {
    const page = await openedSearch();
    expect(await listOpen(page)).toBe(true);
    // The Matrix button pressed by the page itself: no pointer, no focus moved.
    await page.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Matrix')!.click(),
    );
    await expect.poll(() => listOpen(page)).toBe(false);
    await page.close();
  });

  it('turns a typed theme:casualties into the chip the menu would have made', async () => {
    const page = await openPage(browser, running.url);
    const field = page.getByRole('combobox', { name: 'Search passages' });
    await field.waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('theme:casualties killed');
    await expect.poll(() => field.inputValue()).toBe('killed');
    expect(
      await page.getByRole('button', { name: 'Remove filter Theme: casualties' }).isVisible(),
    ).toBe(true);
    expect(await page.getByLabel('Filter by theme').count()).toBe(0);
    await page.close();
  });
});
