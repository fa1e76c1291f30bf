import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';
import { ok, upload } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { twoCoderProject } from '../helpers/twoCoderProject';
import { launchChromium, openPage, shellFor } from './browser';

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
    const shell = await shellFor(archive);
    const page = await openPage(browser, shell.url);
    const ask = page.getByRole('region', { name: 'How to start the codebook' });
    await ask.waitFor();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'codebook-start.png') });
    // No themes are counted before the writer chooses how the codebook starts.
    const tab = page.getByRole('tab', { name: /Themes/ });
    expect((await tab.textContent())?.trim()).toBe('Themes');
    await ask.getByRole('button', { name: /An empty codebook/ }).click();
    await ask.waitFor({ state: 'detached' });
    await tab.click();
    await expect.poll(() => page.locator('.theme-list li').count()).toBe(0);
    expect(await tab.textContent()).toBe('Themes 0');
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

  it('exports the library as a REFI-QDA project, and takes one back dropped on the window', async () => {
    const archive = await openArchive(await tempDir());
    const text = 'Harbour strike\n\nDockers stopped work on Monday.';
    const imported = await archive.api.importFiles({
      files: [{ name: 'strike.txt', dataBase64: Buffer.from(text).toString('base64') }],
    });
    const result = imported.ok ? imported.value.results[0]! : null;
    const sourceId = result?.status === 'imported' ? result.source.id : '';
    const start = text.indexOf('Dockers');
    await archive.api.createHighlight({
      sourceId,
      start,
      end: start + 'Dockers stopped work'.length,
      themeIds: ['labour'],
      note: '',
    });
    const shell = await shellFor(archive);
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(shell.url);
    await page.getByRole('tab', { name: /Themes/ }).click();
    await page.getByRole('button', { name: /cue packs and rules/ }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export project (.qdpx)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('library.qdpx');
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved library.qdpx with 1 highlight.' })
      .waitFor();
    const zip = await JSZip.loadAsync(readFileSync((await saved.path())!));
    expect(await zip.file('project.qde')!.async('string')).toContain('name="Harbour strike"');

    // Another library takes the project from the ordinary import.
    const other = await openArchive(await tempDir());
    const otherShell = await shellFor(other);
    await page.goto(otherShell.url);
    const file = join(await tempDir(), 'library.qdpx');
    await saved.saveAs(file);
    await page.getByLabel('Choose files to import').setInputFiles(file);
    await page
      .getByText(/library\.qdpx: a REFI-QDA project, 1 source and 1 highlight added/)
      .waitFor();
    await page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: /Harbour strike/ })
      .waitFor();
    await page.close();
    await otherShell.close();
    await shell.close();
    await other.close();
    await archive.close();
  });

  it('takes the writer’s own names, outcome words and qualifiers in the rules, and search uses the names at once', async () => {
    const archive = await openArchive(await tempDir());
    ok(await archive.api.startCodebook({ start: 'general' }));
    ok(
      await archive.api.importFiles({
        files: [
          upload(
            'fair.txt',
            'Trade fair opens in Canton\n\nMerchants from forty countries arrived in Canton on Monday for the spring trade fair.\n',
          ),
        ],
      }),
    );
    const shell = await shellFor(archive);
    const page = await openPage(browser, shell.url);
    await page.getByRole('tab', { name: /Themes/ }).click();
    await page.getByRole('button', { name: /cue packs and rules/ }).click();
    await page.getByLabel('Search', { exact: true }).fill('Canton');
    await page.getByLabel('as', { exact: true }).fill('Guangzhou');
    await page.getByRole('button', { name: 'Add name' }).click();
    await page.getByText('Canton is searched as Guangzhou').waitFor();
    expect(ok(await archive.api.search({ query: 'Guangzhou', limit: 5 })).total).toBeGreaterThan(0);

    const killed = page.getByLabel('Words for killed');
    await killed.fill(`${await killed.inputValue()}, slain`);
    await page.getByRole('button', { name: 'Save outcomes' }).click();
    await page.getByRole('button', { name: 'Use Dossier’s own' }).waitFor();

    const kept = page.getByLabel(/Words kept with a number/);
    await kept.fill(`${await kept.inputValue()}, upwards of`);
    await page.getByRole('button', { name: 'Save words kept with a number' }).click();
    await page.getByLabel('Words kept with a number (yours)').waitFor();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'codebook-own-rules.png') });
    const { rules } = ok(await archive.api.codebookState({}));
    expect(rules.figures.outcomesOwn).toBe(true);
    expect(rules.figures.outcomes.find((o) => o.outcome === 'killed')?.words).toContain('slain');
    expect(rules.figures.qualifiersOwn).toBe(true);
    expect(rules.figures.qualifiers).toContain('upwards of');
    expect(rules.figures.vagueAmountsOwn).toBe(false);

    await page.getByRole('button', { name: 'Stop searching Canton as Guangzhou' }).click();
    await page.getByText('Canton is searched as Guangzhou').waitFor({ state: 'detached' });
    expect(ok(await archive.api.search({ query: 'Guangzhou', limit: 5 })).total).toBe(0);
    await page.close();
    await shell.close();
    await archive.close();
  });

  it('leads from a project two coders coded to their agreement, passage by passage', async () => {
    const archive = await openArchive(await tempDir());
    const { bytes, paragraphs } = await twoCoderProject();
    ok(await archive.api.importProject(upload('team.qdpx', bytes)));
    const shell = await shellFor(archive);
    const page = await openPage(browser, shell.url);
    await page.getByRole('tab', { name: /Themes/ }).click();
    await page.getByRole('button', { name: /cue packs and rules/ }).click();
    await page.getByRole('button', { name: 'Agreement between the 2 coders…' }).click();
    const view = page.getByRole('main', { name: 'Agreement' });
    await view.getByText(paragraphs[1]!).waitFor();
    await view.getByText(paragraphs[2]!).waitFor();
    await page.screenshot({ path: join(repoRoot, 'test-results', 'agreement-two-coders.png') });
    // The library is not shared, yet each coder's highlights are theirs in the theme's view.
    await page.getByRole('tab', { name: /Themes/ }).click();
    await page.getByRole('button', { name: 'Show passages tagged Pay' }).click();
    await page.getByLabel('Tagged by').selectOption({ label: 'Ana' });
    const quotes = page.locator('.theme-quote');
    await expect.poll(() => quotes.count()).toBe(2);
    await quotes.first().getByText('— tagged by Ana').waitFor();
    await page.close();
    await shell.close();
    await archive.close();
  });
});
