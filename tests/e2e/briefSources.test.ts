// The brief's "Only these" choice is a list with one row per source, its box beside its own
// title, at 1024×768 (issue 31, point 3: it was run-on text, unclear which box was whose).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { ok } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, openPage, shellFor } from './browser';

let browser: Browser;
let archive: Archive;

beforeAll(async () => {
  browser = await launchChromium();
  archive = await openArchive(await tempDir());
});

afterAll(async () => {
  await browser?.close();
  await archive?.close();
});

describe('the brief’s choice of sources', () => {
  it('gives each source a row of its own, its box level with its title', async () => {
    const files = Array.from({ length: 12 }, (_, i) => ({
      name: `town-${i + 1}.txt`,
      dataBase64: Buffer.from(
        `A long headline about the harbour workers of river town number ${i + 1}\n\nDock workers stopped work on Monday.\n`,
      ).toString('base64'),
    }));
    ok(await archive.api.importFiles({ files }));
    const shell = await shellFor(archive);
    const page = await openPage(browser, shell.url);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page
      .locator('header.toolbar')
      .getByRole('button', { name: 'Brief', exact: true })
      .click();
    await page.getByRole('radio', { name: /Only these/ }).check();
    const rows = page.locator('.brief-sources label');
    await expect.poll(() => rows.count()).toBe(12);
    const boxes = await rows.evaluateAll((labels) =>
      labels.map((label) => {
        const box = label.querySelector('input')!.getBoundingClientRect();
        const row = label.getBoundingClientRect();
        return { boxLeft: box.left, rowTop: row.top, rowBottom: row.bottom, boxTop: box.top };
      }),
    );
    // Every box in one column, each row below the one before, each box within its own row.
    expect(new Set(boxes.map((b) => Math.round(b.boxLeft))).size).toBe(1);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.rowTop).toBeGreaterThanOrEqual(boxes[i - 1]!.rowBottom - 1);
    for (const b of boxes) expect(b.boxTop).toBeGreaterThanOrEqual(b.rowTop - 1);
    await page.close();
    await shell.close();
  });
});
