import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUpload, corpusFile } from '../helpers/corpus';
import { ok, upload } from '../helpers/apiCalls';
import { tagQuote } from '../helpers/tagQuote';
import { twoCoderProject } from '../helpers/twoCoderProject';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { violations } from './axe';
import { launchChromium, shellFor } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('accessibility in Chromium', () => {
  it('has no axe-core violations in any view: library, reader, highlight, search, codebook, matrix, bibliography, brief, theme and its editor', async () => {
    const archive = await openArchive(await tempDir());
    const shell = await shellFor(archive);
    // axe is injected as a script: the shell's CSP forbids that to everything else.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(shell.url);
    await page.getByRole('region', { name: 'How to start the codebook' }).waitFor();
    const found: Record<string, string[]> = { welcome: await violations(page) };

    const report = await archive.api.importFiles({ files: [asUpload(corpusFile('002'))] });
    const outcome = report.ok ? report.value.results[0] : undefined;
    const sourceId = outcome?.status === 'imported' ? outcome.source.id : '';
    const detail = await archive.api.getSource({ id: sourceId });
    const words = detail.ok ? detail.value.passages[3]!.text.slice(0, 40) : '';
    await tagQuote(archive.api, sourceId, words, 'casualties', 'A note');
    // A figure among the quotes, so the brief shows its figures editor.
    const counted = await archive.api.importFiles({ files: [asUpload(corpusFile('001'))] });
    const other = counted.ok ? counted.value.results[0] : undefined;
    const otherId = other?.status === 'imported' ? other.source.id : '';
    await tagQuote(
      archive.api,
      otherId,
      'The official figure for the number of people killed, probably much too low, is 164.',
      'casualties',
    );
    await page.reload();
    const sources = page.getByRole('list', { name: 'Sources' });
    await sources.getByRole('button').first().waitFor();
    found.library = await violations(page);

    await sources.getByRole('button').first().click();
    const highlight = page.locator('.reader-page [data-highlights]').first();
    await highlight.waitFor();
    found.reader = await violations(page);
    await highlight.click();
    await page.getByRole('dialog', { name: 'Highlight' }).waitFor();
    found.highlight = await violations(page);
    await page.keyboard.press('Escape');

    const search = page.getByRole('combobox', { name: 'Search passages' });
    await search.fill('Tokayev');
    await page.locator('.search-hit').first().waitFor();
    found.search = await violations(page);
    await search.press('Escape');

    await page.getByRole('tab', { name: /Themes/ }).click();
    await page.getByRole('button', { name: /cue packs and rules/ }).click();
    await page.getByRole('heading', { name: 'Codebook', level: 1 }).waitFor();
    found.codebook = await violations(page);

    await page.getByRole('button', { name: 'Matrix' }).click();
    await page.getByRole('heading', { name: 'Sources and themes' }).waitFor();
    found.matrix = await violations(page);

    await page.getByRole('button', { name: 'Bibliography' }).click();
    await page.getByRole('heading', { name: 'Bibliography' }).waitFor();
    found.bibliography = await violations(page);

    await page.getByRole('button', { name: 'Brief' }).click();
    await page.getByRole('main', { name: 'Brief' }).waitFor();
    found.brief = await violations(page);
    await page.getByRole('checkbox', { name: 'casualties' }).check();
    await page.getByRole('table', { name: 'Figures' }).waitFor();
    found.briefMade = await violations(page);

    await page.getByRole('button', { name: 'Show passages tagged casualties' }).click();
    await page.getByRole('main', { name: 'Passages tagged casualties' }).waitFor();
    found.theme = await violations(page);
    await page.getByRole('button', { name: 'Edit theme' }).click();
    await page.getByRole('region', { name: 'Edit casualties' }).waitFor();
    found.themeEditor = await violations(page);

    expect(found).toEqual({
      welcome: [],
      library: [],
      reader: [],
      highlight: [],
      search: [],
      codebook: [],
      matrix: [],
      bibliography: [],
      brief: [],
      briefMade: [],
      theme: [],
      themeEditor: [],
    });
    await context.close();
    await shell.close();
    await archive.close();
  });
  it('has none in the agreement view, a citation key offered for refresh, or browser pairing', async () => {
    const archive = await openArchive(await tempDir());
    const { bytes } = await twoCoderProject();
    ok(await archive.api.importProject(upload('team.qdpx', bytes)));
    const [first] = ok(
      await archive.api.importFiles({
        files: [
          upload('strike.txt', 'Harbour strike\n\nDockers stopped work on Monday.'),
          upload(
            'strike.csl.json',
            JSON.stringify({ title: 'Harbour strike', author: [{ family: 'Lee' }] }),
          ),
        ],
      }),
    ).results;
    const sourceId = first?.status === 'imported' ? first.source.id : '';
    ok(await archive.api.exportBibliography({ style: 'apa', format: 'bibtex' }));
    const { metadata } = ok(await archive.api.getSource({ id: sourceId }));
    ok(
      await archive.api.setSourceMetadata({
        sourceId,
        metadata: { ...metadata, issued: { 'date-parts': [[2020]] } },
      }),
    );
    const shell = await shellFor(archive);
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(shell.url);
    await page.getByRole('tab', { name: /Themes/ }).click();
    await page.getByRole('button', { name: /cue packs and rules/ }).click();
    await page.getByRole('button', { name: 'Agreement between the 2 coders…' }).click();
    await page.getByRole('main', { name: 'Agreement' }).waitFor();
    const found: Record<string, string[]> = { agreement: await violations(page) };
    await page.getByRole('tab', { name: /Sources/ }).click();
    await page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: /Harbour/ })
      .click();
    await page.getByRole('group', { name: 'Citation key' }).waitFor();
    found.keyRefresh = await violations(page);
    await page.getByRole('button', { name: 'Save from the browser…' }).click();
    await page.getByRole('button', { name: 'Pair a browser' }).click();
    await page.locator('.pairing-code').waitFor();
    found.pairing = await violations(page);
    expect(found).toEqual({ agreement: [], keyRefresh: [], pairing: [] });
    await context.close();
    await shell.close();
    await archive.close();
  });
});
