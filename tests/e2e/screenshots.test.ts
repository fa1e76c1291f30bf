import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUpload, corpusFiles, repoRoot } from '../helpers/corpus';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, shellFor } from './browser';

const shots = join(repoRoot, 'test-results', 'views');
let browser: Browser;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Panes whose content is wider than they are: cut off, or scrolled sideways. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.pane, .reader-page, .brief-controls, .brief-preview',
      ),
    ]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => {
        // The widest thing inside, to say what pushed past the edge.
        const edge = el.getBoundingClientRect().right;
        const culprit = [...el.querySelectorAll<HTMLElement>('*')]
          .filter((c) => c.getBoundingClientRect().right > edge + 1)
          .map((c) => `${c.tagName.toLowerCase()}${c.className ? `.${c.className}` : ''}`)
          .slice(0, 3);
        return `${el.className}: ${el.scrollWidth} > ${el.clientWidth} (${culprit.join(', ')})`;
      }),
  );

/** Nothing of the view may spill past the window's right edge at this size. */
const spillsRight = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.toolbar > *, .panes > *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => el.className || el.tagName),
  );

/** The names the walk finds things by, in each language the window is written in. */
const WORDS = {
  en: {
    sources: 'Sources',
    highlight: 'Highlight',
    search: 'Search passages',
    themes: /Themes/,
    rules: /cue packs and rules/,
    codebook: 'Codebook',
    matrix: 'Matrix',
    matrixHeading: 'Sources and themes',
    bibliography: 'Bibliography',
    brief: 'Brief',
    onlyThese: /Only these/,
    showTheme: 'Show passages tagged casualties',
    themeView: 'Passages tagged casualties',
    editTheme: 'Edit theme',
  },
  ru: {
    sources: 'Источники',
    highlight: 'Выделение',
    search: 'Поиск по абзацам',
    themes: /Темы/,
    rules: /наборы подсказок и правила/,
    codebook: 'Кодбук',
    matrix: 'Матрица',
    matrixHeading: 'Источники и темы',
    bibliography: 'Библиография',
    brief: 'Справка',
    onlyThese: /Только эти/,
    showTheme: 'Показать абзацы с темой «casualties»',
    themeView: 'Абзацы с темой «casualties»',
    editTheme: 'Изменить тему',
  },
} as const;

describe('every view at 1440×900 and 1024×768, for review', () => {
  it('draws each view inside the window, screenshots in test-results/views', async () => {
    const archive = await openArchive(await tempDir());
    await archive.api.importFiles({ files: corpusFiles().map((f) => asUpload(f)) });
    const sources = await archive.api.listSources({});
    const source = sources.ok ? sources.value.find((s) => s.file.startsWith('002'))! : undefined;
    const detail = await archive.api.getSource({ id: source!.id });
    const words = detail.ok ? detail.value.passages[2]!.text.slice(0, 60) : '';
    await tagQuote(archive.api, source!.id, words, 'casualties', 'Compare the counts.');
    // Fifty sources in all, many with long titles and unbroken words, each on the brief's theme.
    const long = Array.from({ length: 44 }, (_, i) => ({
      name: `long-${i}.txt`,
      dataBase64: Buffer.from(
        `Zonal reports: ${'a very long headline about the counting of casualties in the provinces '.repeat((i % 3) + 1)}part ${i}\n\nOfficials said 12 people were killed in district ${i}, and https://example.org/a-very-long-unbroken-address-${'x'.repeat(60)} reported it.\n`,
      ).toString('base64'),
    }));
    const added = await archive.api.importFiles({ files: long });
    for (const outcome of added.ok ? added.value.results : [])
      if (outcome.status === 'imported')
        await tagQuote(
          archive.api,
          outcome.source.id,
          'Officials said 12 people were killed',
          'casualties',
        );
    const shell = await shellFor(archive);
    // Russian's longer words must fit too: every view in each language the window has.
    for (const [lang, [width, height]] of [
      ['en', [1440, 900]],
      ['en', [1024, 768]],
      ['ru', [1440, 900]],
      ['ru', [1024, 768]],
    ] as const) {
      const w = WORDS[lang];
      const page = await browser.newPage({ viewport: { width, height }, locale: lang });
      page.on('pageerror', (error) => {
        throw error;
      });
      const shot = async (name: string) => {
        expect(await spillsRight(page), `${name} at ${width} (${lang})`).toEqual([]);
        expect(await overflowing(page), `${name} at ${width} (${lang})`).toEqual([]);
        const suffix = lang === 'en' ? '' : `-${lang}`;
        await page.screenshot({ path: join(shots, `${name}-${width}x${height}${suffix}.png`) });
      };
      await page.goto(shell.url);
      const list = page.getByRole('list', { name: w.sources });
      await list.getByRole('button').first().waitFor();
      await shot('library');
      await list.getByRole('button', { name: new RegExp(source!.title.slice(0, 20)) }).click();
      await page.locator('.reader-page [data-highlights]').first().waitFor();
      await shot('reader');
      await page.locator('.reader-page [data-highlights]').first().click();
      await page.getByRole('dialog', { name: w.highlight }).waitFor();
      await shot('highlight');
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: w.search }).fill('Tokayev');
      await page.locator('.search-hit').first().waitFor();
      await shot('search');
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: w.themes }).click();
      await page.getByRole('button', { name: w.rules }).click();
      await page.getByRole('heading', { name: w.codebook, level: 1 }).waitFor();
      await shot('codebook');
      await page.getByRole('button', { name: w.matrix }).click();
      await page.getByRole('heading', { name: w.matrixHeading }).waitFor();
      await shot('matrix');
      await page.getByRole('button', { name: w.bibliography }).click();
      await page.locator('.bib-entry').first().waitFor();
      await shot('bibliography');
      await page.getByRole('button', { name: w.brief, exact: true }).click();
      await page.getByRole('main', { name: w.brief }).waitFor();
      await page.getByRole('checkbox', { name: 'casualties' }).check();
      await page.locator('.brief-figures, .brief-preview h2').first().waitFor();
      await shot('brief');
      // Fifty sources lacking details do not push the brief itself below the window.
      const heading = await page.locator('.brief-preview h1').boundingBox();
      expect(heading!.y + heading!.height, `brief title at ${width}`).toBeLessThan(height);
      await page.getByRole('radio', { name: w.onlyThese }).check();
      await shot('brief-sources');
      await page.getByRole('tab', { name: w.themes }).click();
      await page.getByRole('button', { name: w.showTheme }).click();
      await page.getByRole('main', { name: w.themeView }).waitFor();
      await shot('theme');
      await page.getByRole('button', { name: w.editTheme }).click();
      await shot('theme-editor');
      await page.close();
    }
    await shell.close();
    await archive.close();
  });
});
