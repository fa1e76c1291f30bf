import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUpload, corpusFile } from '../helpers/corpus';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, shellFor } from './browser';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** axe-core's violations on the page as it stands: rule, impact and where. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeScript });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run(document);
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

describe('accessibility in Chromium', () => {
  it('has no axe-core violations in any view: library, reader, highlight, search, codebook, matrix, bibliography, brief', async () => {
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
    });
    await context.close();
    await shell.close();
    await archive.close();
  });
});
