import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
import { corpusDir, repoRoot } from '../helpers/corpus';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, shellFor } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** What to tag: the corpus passages the issue names. */
const TAGS: [file: string, quote: string, theme: string][] = [
  [
    '001',
    'The official figure for the number of people killed, probably much too low, is 164.',
    'casualties',
  ],
  [
    '003',
    'Violent clashes claimed the lives of about 225 people, including 19 police or army personnel.',
    'casualties',
  ],
  ['002', 'several hundred civilians were killed in those days', 'casualties'],
  ['003', 'the 2,030-strong CSTO force left Kazakhstan', 'foreign involvement'],
  [
    '002',
    'the government announced its decision to summon ‘peacekeepers’ from the CSTO – predominantly Russian troops',
    'foreign involvement',
  ],
];

describe('a comparison brief in Chromium', () => {
  it('is built from the UI with a coverage matrix and a figures table, and exported as Markdown', async () => {
    const archive = await openArchive(await tempDir());
    const dir = corpusDir;
    const files = readdirSync(dir).filter((f) => /\.(txt|csl\.json)$/.test(f));
    ok(
      await archive.api.importFiles({
        files: files.map((f) => ({
          name: f,
          dataBase64: readFileSync(join(dir, f)).toString('base64'),
        })),
      }),
    );
    for (const [file, quote, theme] of TAGS) {
      const summary = ok(await archive.api.listSources({})).find(
        (s) => s.file.startsWith(file) && !s.parent,
      )!;
      await tagQuote(archive.api, summary.id, quote, theme);
    }
    const shell = await shellFor(archive);
    const context = await browser.newContext({
      viewport: { width: 1500, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(shell.url);
    await page.getByRole('combobox', { name: 'Search passages' }).waitFor();

    await page.getByRole('button', { name: 'Brief' }).click();
    const settings = page.getByRole('complementary', { name: 'Brief settings' });
    await settings.getByRole('checkbox', { name: 'foreign involvement' }).check();
    await settings.getByRole('checkbox', { name: 'casualties' }).check();
    await settings
      .getByRole('textbox', { name: 'Title' })
      .fill('Casualties and foreign involvement');
    const preview = page.getByRole('article', { name: 'Brief preview' });
    await expect
      .poll(() => preview.locator('h1').textContent())
      .toBe('Casualties and foreign involvement');
    await expect
      .poll(() => preview.locator('table.brief-matrix th').first().textContent())
      .toBe('Source');
    const figures = await preview.locator('table.brief-figures').textContent();
    expect(figures).toContain('164');
    expect(figures).toContain('about 225');
    expect(await preview.textContent()).toContain('not discussed');
    await page.screenshot({
      path: join(repoRoot, 'test-results', 'e2e-30-brief-preview.png'),
      fullPage: true,
    });

    await preview.locator('table.brief-figures').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-31-brief-figures.png') });

    const download = page.waitForEvent('download');
    await settings.getByRole('button', { name: 'Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('casualties-and-foreign-involvement.md');
    const markdown = readFileSync(await file.path(), 'utf8');
    expect(markdown).toContain('# Casualties and foreign involvement');
    expect(markdown).toContain('## Coverage');
    expect(markdown).toContain('## Figures');

    await settings.getByRole('button', { name: 'Save brief' }).click();
    await settings.getByRole('status').filter({ hasText: 'in the library' }).waitFor();
    expect(ok(await archive.api.listBriefs({})).map((b) => b.title)).toEqual([
      'Casualties and foreign involvement',
    ]);

    // A selection of sources saved as a collection is compared as it is.
    await settings.getByRole('radio', { name: 'Only these:' }).check();
    const picks = settings.locator('.brief-sources input[type=checkbox]');
    await picks.nth(0).check();
    await picks.nth(1).check();
    await settings.getByRole('textbox', { name: 'Collection name' }).fill('Two sources');
    await settings.getByRole('button', { name: 'Save as collection' }).click();
    await expect
      .poll(() =>
        settings
          .getByRole('combobox', { name: 'Collection' })
          .locator('option:checked')
          .textContent(),
      )
      .toBe('Two sources (2)');
    await expect.poll(() => preview.locator('table.brief-matrix tbody tr').count()).toBe(2);
    expect(ok(await archive.api.listCollections({})).map((c) => c.name)).toEqual(['Two sources']);

    await context.close();
    await shell.close();
    await archive.close();
  });
});
