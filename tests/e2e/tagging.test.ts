import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUpload, corpusFiles, repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, shellFor } from './browser';
import { select, underlineColours } from './readerSelection';

const shots = join(repoRoot, 'test-results');
let browser: Browser;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const LABOUR = 'rgb(217, 130, 43)';
const CASUALTIES = 'rgb(192, 57, 43)';

describe('tagging in Chromium', () => {
  it('tags a selection with key 1, overlaps a second theme, survives a reload, shows in the matrix, and accepts a suggestion', async () => {
    const library = await tempDir();
    const archive = await openArchive(library);
    const shell = await shellFor(archive);
    await archive.api.importFiles({ files: corpusFiles().map((f) => asUpload(f)) });
    const sources = await archive.api.listSources({});
    const target = sources.ok
      ? (sources.value.find((s) => s.file.startsWith('002')) ?? sources.value[0]!)
      : undefined;
    const detail = await archive.api.getSource({ id: target!.id });
    // The first sentence of a passage (40–250 characters), whatever the corpus.
    const sentences = detail.ok
      ? detail.value.passages
          .map((p) => /^[^.!?]{40,250}[.!?](?=\s|$)/.exec(p.text)?.[0])
          .filter(Boolean)
      : [];
    const sentence = sentences[0]!;
    const overlap = sentence.slice(Math.floor(sentence.length / 2));

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(shell.url);
    await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
    await page
      .getByRole('button', {
        name: new RegExp(target!.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      })
      .click();
    await page.locator('.reader-page .passage').first().waitFor();

    await select(page, sentence);
    await page.keyboard.press('1');
    await expect.poll(() => underlineColours(page, sentence.slice(0, 20))).toEqual([LABOUR]);

    // Overlap a second theme from the selection toolbar.
    await select(page, overlap);
    await page.locator('.reader-page').dispatchEvent('mouseup');
    await page
      .getByRole('toolbar', { name: 'Tag selection' })
      .getByRole('button', { name: /casualties/ })
      .click();
    await expect
      .poll(() => underlineColours(page, overlap.slice(0, 12)))
      .toEqual([LABOUR, CASUALTIES]);
    await page.screenshot({ path: join(shots, 'e2e-7-overlapping-highlights.png') });

    // Reload: the highlight is still there, in labour's colour.
    await page.reload();
    await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
    await page
      .getByRole('button', {
        name: new RegExp(target!.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      })
      .click();
    await expect.poll(() => underlineColours(page, sentence.slice(0, 20))).toEqual([LABOUR]);

    // A highlight opens from the keyboard; its note is saved.
    await page.locator('.reader-page .highlighted').first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Highlight' });
    await dialog.getByLabel('Note').first().fill('the opening claim');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect
      .poll(async () => {
        const all = await archive.api.listHighlights({ sourceId: target!.id });
        return all.ok ? all.value.map((h) => h.note) : [];
      })
      .toContain('the opening claim');

    // Suggestions are off while reading; asked for, one is accepted with one click.
    expect(await page.getByRole('button', { name: /^Accept .* suggestion$/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Suggest passages for this source' }).click();
    const accept = page.getByRole('button', { name: /^Accept .* suggestion$/ }).first();
    await accept.waitFor();
    const highlightCount = async () => {
      const all = await archive.api.listHighlights({ sourceId: target!.id });
      return all.ok ? all.value.length : 0;
    };
    // Every suggestion shown, so one accepted is one fewer on the page.
    for (const more of await page.getByRole('button', { name: /^Show all \d+$/ }).all())
      await more.click();
    const before = await highlightCount();
    const suggestions = await page.getByRole('button', { name: /^Accept .* suggestion$/ }).count();
    await accept.click();
    await expect.poll(highlightCount).toBe(before + 1);
    await expect
      .poll(() => page.getByRole('button', { name: /^Accept .* suggestion$/ }).count())
      .toBe(suggestions - 1);

    // The codebook shows the counts; the matrix shows the source's labour highlight.
    await page.getByRole('tab', { name: /Themes/ }).click();
    await expect
      .poll(() =>
        page
          .getByLabel(/^\d+ highlights?$/)
          .first()
          .textContent(),
      )
      .not.toBe('0');
    await page.screenshot({ path: join(shots, 'e2e-8-codebook.png') });
    await page.getByRole('button', { name: 'Matrix' }).click();
    const cell = page.getByRole('button', { name: new RegExp(`^\\d+ labour in `) }).first();
    await cell.waitFor();
    await page.screenshot({ path: join(shots, 'e2e-9-matrix.png') });
    await cell.click();
    await expect.poll(() => page.locator('.theme-quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.theme-quote').first().textContent()).toContain(
      sentence.slice(0, 30),
    );
    await page.screenshot({ path: join(shots, 'e2e-10-theme-passages.png') });

    // Undo from the keyboard removes the last tag.
    const count = async () => (await archive.api.themeMatrix({})).ok;
    expect(await count()).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Undid' }).count()).toBe(1);

    await page.close();
    await shell.close();
    await archive.close();
  });
});
