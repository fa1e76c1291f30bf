// The toolbar keeps each button where it is whatever the view: leaving the Matrix by clicking
// where "Matrix" was pressed Redo once the Details button had gone (issue 31, point 4).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusShell, openPage } from './browser';

let running: Awaited<ReturnType<typeof corpusShell>>;
let browser: Browser;

beforeAll(async () => {
  running = await corpusShell();
  browser = running.browser;
});

afterAll(async () => {
  await running?.close();
});

const BUTTONS = ['Undo', 'Redo', 'Matrix', 'Bibliography', 'Brief', 'Details', 'Import…'];

async function places(page: Page) {
  const toolbar = page.locator('header.toolbar');
  return Promise.all(
    BUTTONS.map(async (name) => {
      const box = await toolbar.getByRole('button', { name, exact: true }).boundingBox();
      return [name, Math.round(box!.x), Math.round(box!.width)];
    }),
  );
}

describe('the toolbar', () => {
  it('keeps every button in place from view to view, so a second click leaves the view', async () => {
    const page = await openPage(browser, running.url);
    await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
    const reading = await places(page);
    for (const view of ['Matrix', 'Bibliography', 'Brief']) {
      const button = page
        .locator('header.toolbar')
        .getByRole('button', { name: view, exact: true });
      const box = (await button.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      expect(await places(page)).toEqual(reading);
      // The same spot again: the view is left, nothing else is pressed.
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    }
    expect(
      await page.locator('header.toolbar').getByRole('button', { name: 'Details' }).isEnabled(),
    ).toBe(true);
    await page.close();
  });

  it('shows the search field’s whole placeholder at 1024×768 and 1440×900', async () => {
    for (const [width, height] of [
      [1024, 768],
      [1440, 900],
    ] as const) {
      const page = await openPage(browser, running.url);
      await page.setViewportSize({ width, height });
      const field = page.getByRole('combobox', { name: 'Search passages' });
      await field.waitFor();
      const fits = await field.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(input.placeholder).width <= room;
      });
      expect(fits, `${width}×${height}`).toBe(true);
      await page.close();
    }
  });
});
