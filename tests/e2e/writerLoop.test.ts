import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShellServer } from '../../electron/main/shell/httpShell';
import { asUpload, corpusFile, repoRoot } from '../helpers/corpus';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openShell() {
  const archive = await openArchive(await tempDir());
  const shell = await startShellServer({
    handlers: archive.handlers,
    rendererDir: join(repoRoot, 'out', 'renderer'),
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  return {
    archive,
    page,
    goto: async () => {
      await page.goto(shell.url);
      await page.getByRole('combobox', { name: 'Search passages' }).waitFor();
    },
    close: async () => {
      await page.close();
      await shell.close();
      await archive.close();
    },
  };
}

describe('the writer’s loop in Chromium', () => {
  it('opens a quote from a theme view at its passage, whichever source was open (point 6)', async () => {
    const { archive, page, goto, close } = await openShell();
    const report = await archive.api.importFiles({
      files: [asUpload(corpusFile('002')), asUpload(corpusFile('003'))],
    });
    const [long, other] = report.ok
      ? report.value.results.map((r) => (r.status === 'imported' ? r.source : null))
      : [];
    const detail = await archive.api.getSource({ id: long!.id });
    // A passage far down the long article: opening at the top would not show it.
    const deep = detail.ok ? detail.value.passages[80]! : undefined;
    const quote = deep!.text.slice(0, 40);
    await tagQuote(archive.api, long!.id, quote, 'labour');
    await goto();

    // Another source is open when the writer goes to the theme's passages.
    const sources = page.getByRole('list', { name: 'Sources' });
    await sources.getByRole('button', { name: new RegExp(other!.title.slice(0, 15)) }).click();
    await page.locator('.reader-page .passage').first().waitFor();
    await page.getByRole('button', { name: 'Matrix' }).click();
    await page.getByRole('button', { name: `1 labour in ${long!.title}` }).click();
    await page.locator('.theme-quote button').first().click();

    const focused = page.locator('.reader-page .passage.is-focused');
    await expect.poll(() => focused.textContent()).toContain(quote);
    await expect
      .poll(() =>
        focused.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-16-quote-opened.png') });
    await close();
  });

  it('names a source without a title readably everywhere, and warns beside its citation (point 3)', async () => {
    const { archive, page, goto, close } = await openShell();
    // 001 of the corpus has no title; its metadata names the author only.
    await archive.api.importFiles({
      files: [asUpload(corpusFile('001')), asUpload(corpusFile('001', '.csl.json'))],
    });
    await goto();
    const name = 'Untitled — Stefan';
    const sources = page.getByRole('list', { name: 'Sources' });
    await expect.poll(() => sources.locator('.source-title').allTextContents()).toEqual([name]);
    await sources.getByRole('button').first().click();
    await expect.poll(() => page.locator('.reader-page h1').first().textContent()).toBe(name);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('Tokayev');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect
      .poll(() => results.getByRole('group').first().getAttribute('aria-label'))
      .toBe(name);
    expect(await page.content()).not.toContain('001_829ae42cf9adb9d6</');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Bibliography' }).click();
    const view = page.getByRole('main', { name: 'Bibliography' });
    await expect
      .poll(() => view.getByRole('note').first().textContent())
      // The corpus notes say 001 has no title and no date; as a magazine article it also lacks
      // the magazine's name.
      .toBe('Missing for a full citation: title, date, container-title');
    await page.screenshot({
      path: join(repoRoot, 'test-results', 'e2e-17-untitled-bibliography.png'),
    });
    await close();
  });

  it('opens a hit in a figure caption at the caption, marked, not the paragraph after it (point 1)', async () => {
    const { archive, page, goto, close } = await openShell();
    await archive.api.importFiles({ files: [asUpload(corpusFile('002'))] });
    await goto();
    // "Astrakhan" stands in a caption of 002, and in the paragraph the caption comes before.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Astrakhan');
    const results = page.getByRole('listbox', { name: 'Search results' });
    const caption = results.getByRole('option').filter({ hasText: 'Caption' }).first();
    await caption.waitFor();
    await caption.click();

    const figure = page.locator('.reader-page figure.caption.is-focused');
    await expect.poll(() => figure.locator('mark').allTextContents()).toEqual(['Astrakhan']);
    expect(await page.locator('.reader-page .passage.is-focused').count()).toBe(0);
    await expect
      .poll(() =>
        figure.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-18-caption-hit.png') });
    await close();
  });
});
