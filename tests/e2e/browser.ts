import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Archive } from '../../electron/main/archive/archiveService';
import { startShellServer } from '../../electron/main/shell/httpShell';
import { repoRoot } from '../helpers/corpus';

export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, started the way this closed-network machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The browser shell over an open library, serving the built renderer. */
export function shellFor(archive: Archive) {
  return startShellServer({
    handlers: archive.handlers,
    rendererDir: join(repoRoot, 'out', 'renderer'),
  });
}
