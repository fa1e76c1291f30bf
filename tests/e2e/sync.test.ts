import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer } from '../../electron/main/sync/syncServer';
import { joinLibrary, shareLibrary } from '../../electron/main/sync/syncReplica';
import { asUpload, corpusFile, repoRoot } from '../helpers/corpus';
import { ok } from '../helpers/apiCalls';
import { openArchive, tempDir } from '../helpers/tempLibrary';
import { violations } from './axe';
import { launchChromium, shellFor } from './browser';
import { select, underlineColours } from './readerSelection';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const LABOUR = 'rgb(217, 130, 43)';
/** How long a change may take to reach the other window: generous, as CI runs the sync fuzz
 * beside this test on two cores; every wait ends as soon as the state is there. */
const SYNC_WAIT = 60_000;

/** A window on a shared library's shell, once it says it is in step with the server. */
async function syncedWindow(url: string, { axe = false } = {}) {
  // axe's script needs the CSP set aside; the other window keeps it.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: axe });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  await page.getByRole('status').filter({ hasText: 'Synced' }).waitFor();
  return page;
}

describe('two writers on two replicas, each in a browser shell', () => {
  it('shows a tag made in one window in the other', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    // Shared and joined first; then both open as the window opens them, syncing as they go.
    const first = await openArchive(join(dir, 'a'));
    const files = [corpusFile('003'), corpusFile('003', '.csl.json')].map((f) => asUpload(f));
    await first.api.importFiles({ files });
    const { code } = await shareLibrary(first.state, server.shareUrl, 'Aigerim');
    await first.close();
    const second = await openArchive(join(dir, 'b'));
    await joinLibrary(second.state, server.url, code, 'Bolat');
    await second.close();
    const a = await openArchive(join(dir, 'a'), { syncEveryMs: 200 });
    const b = await openArchive(join(dir, 'b'), { syncEveryMs: 200 });
    const shells = [await shellFor(a), await shellFor(b)];
    const [pageA, pageB] = await Promise.all(
      shells.map(async (shell, i) => {
        const page = await syncedWindow(shell.url, { axe: i === 1 });
        await page.getByRole('list', { name: 'Sources' }).getByRole('button').first().click();
        await page.locator('.reader-page .passage').first().waitFor();
        return page;
      }),
    );
    const sentence = (await pageA!.locator('.reader-page .passage').nth(1).textContent())!
      .trim()
      .split(/(?<=[.!?])\s/)[0]!
      .slice(0, 80);
    await select(pageA!, sentence);
    await pageA!.keyboard.press('1');
    await expect.poll(() => underlineColours(pageA!, sentence.slice(0, 20))).toEqual([LABOUR]);
    // The other writer's window, on the other replica, shows it once the sync brings it.
    await expect
      .poll(() => underlineColours(pageB!, sentence.slice(0, 20)), { timeout: SYNC_WAIT })
      .toEqual([LABOUR]);
    await pageB!.getByRole('status').filter({ hasText: 'Synced' }).waitFor();
    // Who tagged it is shown with it.
    await pageB!.locator('[data-highlights]').first().click();
    await pageB!
      .getByRole('dialog', { name: 'Highlight' })
      .getByText('Tagged by Aigerim · signed ✓')
      .waitFor();
    await pageB!.keyboard.press('Escape');

    // The same theme renamed in both windows: both names kept, one picked in the window.
    await a.api.updateTheme({ id: 'clans', name: 'kin networks' });
    await b.api.updateTheme({ id: 'clans', name: 'kinship' });
    await pageB!
      .getByRole('button', { name: /^Review \d+ conflicts?$/ })
      .click({ timeout: SYNC_WAIT });
    const review = pageB!.getByRole('dialog', { name: 'Review conflicts' });
    await review.getByText('kin networks', { exact: true }).waitFor();
    await pageB!.screenshot({ path: join(repoRoot, 'test-results', 'e2e-sync-conflicts.png') });
    // The review and the sync state beside it, as a screen reader meets them.
    expect(await violations(pageB!)).toEqual([]);
    await review.locator('ul > li').filter({ hasText: 'kin networks' }).getByRole('button').click();
    await review.getByText('No conflicting edits.').waitFor();
    await expect
      .poll(
        async () => {
          const themes = await a.api.listThemes({});
          return themes.ok && themes.value.find((t) => t.id === 'clans')?.name;
        },
        { timeout: SYNC_WAIT },
      )
      .toBe('kin networks');

    // A second writer's tag: the theme's passages can be shown by who tagged them.
    const other = ok(await b.api.getSource({ id: ok(await b.api.listSources({}))[0]!.id }));
    const passage = other.passages[3]!;
    ok(
      await b.api.createHighlight({
        sourceId: other.id,
        start: passage.start,
        end: passage.start + 30,
        themeIds: ['labour'],
        note: '',
      }),
    );
    // Once the sync has brought it to the first writer's replica, their window shows it.
    await expect
      .poll(
        async () => {
          const groups = ok(await a.api.themePassages({ themeId: 'labour' }));
          return groups.flatMap((g) => g.highlights).filter((h) => h.start === passage.start)
            .length;
        },
        { timeout: SYNC_WAIT },
      )
      .toBe(1);
    await pageA!.getByRole('tab', { name: /Themes/ }).click();
    await pageA!.getByRole('button', { name: 'Show passages tagged labour' }).click();
    const filter = pageA!.getByLabel('Tagged by');
    await filter.waitFor({ timeout: SYNC_WAIT });
    await filter.selectOption({ label: 'Bolat' });
    const quotes = pageA!.locator('.theme-quote');
    await expect.poll(() => quotes.count()).toBe(1);
    expect(await quotes.first().textContent()).toContain(passage.text.slice(0, 30));

    // Two writers: how far they agree, and the passages where they differ.
    await pageA!.getByRole('button', { name: 'Agreement' }).click();
    const differences = pageA!.getByRole('region', { name: 'Disagreements on labour' });
    await differences.getByText('tagged by Bolat only').waitFor();
    await differences.getByText('tagged by Aigerim only').waitFor();
    await pageA!.screenshot({ path: join(repoRoot, 'test-results', 'e2e-sync-agreement.png') });
    await differences.getByRole('button').first().click();
    await pageA!.locator('.passage.is-focused').waitFor();
    await pageA!.close();
    await pageB!.close();
    for (const shell of shells) await shell.close();
    await a.close();
    await b.close();
    await server.close();
  });

  it('says what another writer removed, and one Undo takes it back', async () => {
    const dir = await tempDir();
    const server = await startSyncServer({ dataDir: join(dir, 'server') });
    const first = await openArchive(join(dir, 'a'));
    await first.api.importFiles({
      files: [
        {
          name: 'harbour.txt',
          dataBase64: Buffer.from(
            'Harbour strike\n\nDockers stopped work at dawn on Monday.\n\nThe port authority called it unlawful.\n',
          ).toString('base64'),
        },
      ],
    });
    const [source] = ok(await first.api.listSources({}));
    const passage = ok(await first.api.getSource({ id: source!.id })).passages[0]!;
    const tag = ok(
      await first.api.createHighlight({
        sourceId: source!.id,
        start: passage.start,
        end: passage.start + 20,
        themeIds: ['labour'],
        note: '',
      }),
    );
    const { code } = await shareLibrary(first.state, server.shareUrl, 'Ana');
    const second = await openArchive(join(dir, 'b'));
    await joinLibrary(second.state, server.url, code, 'Ben');
    await second.close();
    const b = await openArchive(join(dir, 'b'), { syncEveryMs: 200 });
    const shell = await shellFor(b);
    const page = await syncedWindow(shell.url);
    await page.getByRole('list', { name: 'Sources' }).getByRole('button').first().click();
    await expect.poll(() => underlineColours(page, 'Dockers stopped')).toEqual([LABOUR]);

    // Ana deletes her tag; Ben's window says so where the sync state is.
    ok(await first.api.deleteHighlight({ id: tag.id }));
    const { syncOnce } = await import('../../electron/main/sync/syncReplica');
    await syncOnce(first.state);
    await page
      .getByRole('status')
      .filter({ hasText: 'Removed: 1 highlight in “Harbour strike”' })
      .waitFor({ timeout: SYNC_WAIT });
    await expect.poll(() => underlineColours(page, 'Dockers stopped')).toEqual([]);
    await page.screenshot({ path: join(repoRoot, 'test-results', 'e2e-sync-removed.png') });

    // One Undo brings it back, and the next round gives it back to Ana.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => underlineColours(page, 'Dockers stopped')).toEqual([LABOUR]);
    await expect
      .poll(
        async () => {
          await syncOnce(first.state);
          return ok(await first.api.getSource({ id: source!.id })).highlights.length;
        },
        { timeout: SYNC_WAIT },
      )
      .toBe(1);
    await page.close();
    await shell.close();
    await b.close();
    await first.close();
    await server.close();
  });
});
