// Pages copied from the browser: what a writer's clipboard holds after Select All + Copy on a
// page (the text/html flavour Chromium writes, scripts off, nothing fetched), kept beside the
// test material so the browser runs once per page.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageSource } from './pastedPages';

const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

/** Each page's clipboard HTML after Select All + Copy in Chromium, rendered once and cached. */
export async function copiedFragments(
  pages: readonly PageSource[],
  cacheDir: string,
): Promise<Map<string, string>> {
  mkdirSync(cacheDir, { recursive: true });
  const file = (name: string) => join(cacheDir, `${name}.html`);
  const missing = pages.filter((p) => !existsSync(file(p.name)));
  if (missing.length) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const context = await browser.newContext({
      javaScriptEnabled: false,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    let current = '';
    // The page is served from a loopback address the route answers itself: the clipboard is
    // readable only from a secure context, and nothing else the page names is fetched.
    await context.route('**/*', (route) =>
      route.request().url() === 'http://127.0.0.1:9/page.html'
        ? route.fulfill({ body: current, contentType: 'text/html; charset=utf-8' })
        : route.abort(),
    );
    const tab = await context.newPage();
    for (const page of missing) {
      current = page.html();
      await tab.goto('http://127.0.0.1:9/page.html', { waitUntil: 'domcontentloaded' });
      await tab.keyboard.press('Control+A');
      await tab.keyboard.press('Control+C');
      const html = await tab.evaluate(async () => {
        // Unsanitised, as a paste event's clipboardData gives it: Chromium's sanitiser returns
        // nothing at all for a third of these pages.
        const clipboard = navigator.clipboard as Clipboard & {
          read(options: { unsanitized: string[] }): Promise<ClipboardItems>;
        };
        for (const item of await clipboard.read({ unsanitized: ['text/html'] }))
          if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
        return '';
      });
      writeFileSync(file(page.name), html);
    }
    await browser.close();
  }
  return new Map(pages.map((p) => [p.name, readFileSync(file(p.name), 'utf8')]));
}
