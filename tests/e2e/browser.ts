import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Archive } from '../../electron/main/archive/archiveService';
import { startShellServer } from '../../electron/main/shell/httpShell';
import { asUpload, corpusFiles, repoRoot } from '../helpers/corpus';
import { openArchive, tempDir } from '../helpers/tempLibrary';

import { launchChromium } from './chromium';

export { CHROMIUM, launchChromium } from './chromium';

/** The browser shell over an open library, serving the built renderer. */
export function shellFor(archive: Archive) {
  return startShellServer({
    handlers: archive.handlers,
    events: archive.events,
    rendererDir: join(repoRoot, 'out', 'renderer'),
  });
}

/**
 * A 1440×900 page at `url` in which any uncaught error of the window fails the test. The
 * browser's language is set, so the window's is the same on every machine.
 */
export async function openPage(browser: Browser, url: string, locale = 'en-US'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  return page;
}

/** Chromium and the browser shell over a new library, filled by `setUp` before the shell starts. */
export async function libraryShell(setUp: (archive: Archive) => Promise<unknown>) {
  const browser = await launchChromium();
  const archive = await openArchive(await tempDir());
  await setUp(archive);
  const shell = await shellFor(archive);
  return {
    browser,
    archive,
    url: shell.url,
    close: async () => {
      await browser.close();
      await shell.close();
      await archive.close();
    },
  };
}

/** Chromium and the browser shell over a new library holding the sample corpus. */
export function corpusShell(setUp: (archive: Archive) => Promise<unknown> = async () => {}) {
  return libraryShell(async (archive) => {
    await archive.api.importFiles({ files: corpusFiles().map((f) => asUpload(f)) });
    await setUp(archive);
  });
}
