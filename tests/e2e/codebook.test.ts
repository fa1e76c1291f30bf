import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShellServer } from '../../electron/main/shell/httpShell';
import { repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { launchChromium } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('starting a codebook in Chromium', () => {
  it('asks a new library how to start, and an empty start leaves no themes; cue packs add cues', async () => {
    const archive = await openArchive(await tempDir());
    const shell = await startShellServer({
      handlers: archive.handlers,
      rendererDir: join(repoRoot, 'out', 'renderer'),
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(shell.url);
    const ask = page.getByRole('region', { name: 'How to start the codebook' });
    await ask.waitFor();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'codebook-start.png') });
    await ask.getByRole('button', { name: /An empty codebook/ }).click();
    await ask.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /Themes/ }).click();
    await expect.poll(() => page.locator('.theme-list li').count()).toBe(0);
    expect(await archive.api.listThemes({})).toEqual({ ok: true, value: [] });

    await page.getByRole('button', { name: /cue packs and rules/ }).click();
    await page.getByRole('button', { name: 'Add cues' }).click();
    await page.getByRole('button', { name: 'Added' }).waitFor();
    const themes = await archive.api.listThemes({});
    expect(themes.ok && themes.value.find((t) => t.name === 'foreign involvement')?.cues).toContain(
      'CSTO',
    );
    await page.close();
    await shell.close();
    await archive.close();
  });
});
