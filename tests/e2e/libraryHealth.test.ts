import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUpload, corpusFiles, repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium, shellFor } from './browser';
import { plantRow, readStoredLibrary } from '../helpers/storedLibrary';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a library with a damaged record, in Chromium', () => {
  it('opens with the rest of the library and says what was set aside, and where it is kept', async () => {
    const dir = await tempDir();
    const first = await openArchive(dir);
    await first.api.importFiles({
      files: corpusFiles()
        .slice(2, 4)
        .map((f) => asUpload(f)),
    });
    await first.close();
    const damaged = readStoredLibrary(dir).sources[0]!;
    plantRow(dir, 'sources', damaged.id, JSON.stringify({ ...damaged, passages: 'not a list' }));

    const archive = await openArchive(dir);
    const shell = await shellFor(archive);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(shell.url);
    const banner = page.getByRole('region', { name: 'Library needs attention' });
    await expect
      .poll(() => banner.textContent())
      .toContain('1 record could not be read and was set aside in quarantine/');
    const sources = page.getByRole('list', { name: 'Sources' }).getByRole('button');
    await expect.poll(() => sources.count()).toBe(1);
    await banner.getByRole('button', { name: 'Show details' }).click();
    const details = banner.getByRole('list', { name: 'What was set aside' });
    expect(await details.textContent()).toContain(`“${damaged.title}” (sources): passages:`);
    expect(await details.textContent()).toMatch(/Kept in quarantine\/sources-[0-9a-f]{16}\.json/);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-40-library-health.png') });
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.close();
    await shell.close();
    await archive.close();
  });
});
