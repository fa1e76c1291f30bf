// The window's speed as a writer feels it, in Chromium over the browser shell, on a library of
// 1,000 sources with highlights: cold start to the first source drawn, keystroke to search
// results, opening a source to its highlights drawn, tag (key 1) to the highlight redrawn.
// Each as p50/p95 over repeated runs; needs `npm run build` (out/renderer) and Chromium.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openArchive } from '../../electron/main/archive/archiveService';
import { startShellServer } from '../../electron/main/shell/httpShell';
import { CHROMIUM, launchChromium } from '../../tests/e2e/chromium';
import { figure, percentile } from './figures';
import { generatedPassages, writeGeneratedLibrary } from './generatedLibrary';

const SOURCES = 1000;
const PER_SOURCE = 12;
const RUNS = 15;
const rendererDir = join(import.meta.dirname, '../../out/renderer');
const ms = (n: number) => `${n.toFixed(0)} ms`;

function report(name: string, values: number[]) {
  const p50 = figure('ui', `${name} p50`, percentile(values, 50), 'ms');
  const p95 = figure('ui', `${name} p95`, percentile(values, 95), 'ms');
  console.log(`  ${name.padEnd(40)} p50 ${ms(p50).padStart(7)}, p95 ${ms(p95).padStart(7)}`);
}

/**
 * The operations the page asks the service for while `during` runs, by name, per time it ran:
 * the round trips a writer's action costs (the event stream is not one).
 */
async function asked(
  page: Page,
  times: () => number,
  during: () => Promise<void>,
): Promise<string> {
  const names = new Map<string, number>();
  const count = (request: { url(): string }) => {
    const name = new URL(request.url()).pathname.match(/^\/api\/(\w+)$/)?.[1];
    if (name && name !== 'events') names.set(name, (names.get(name) ?? 0) + 1);
  };
  page.on('request', count);
  await during();
  page.off('request', count);
  return [...names]
    .map(([name, n]) => `${name} ×${(n / Math.max(1, times())).toFixed(1)}`)
    .join(', ');
}

/** How many highlights the open source draws: an expression run in the page. */
const HIGHLIGHTS_DRAWN = "document.querySelectorAll('.reader-page [data-highlights]').length";

/**
 * Time in the page from the moment `start` (an input event's timeStamp, or the page's clock when
 * the bench asks the service directly) to the frame in which `shown` (an expression over
 * `before`, its value when the timing began) first holds; `act` makes it happen.
 */
async function timeUntil(
  page: Page,
  start: 'keydown' | 'click' | 'now',
  measure: string,
  shown: string,
  act: () => Promise<unknown>,
): Promise<number> {
  // A string, not a function: tsx's name helpers would not exist in the page.
  await page.evaluate(`(() => {
    const measure = () => ${measure};
    const before = measure();
    const shown = (now) => ${shown};
    window.__took = new Promise((resolve) => {
      let start = 0;
      const begin = ${JSON.stringify(start)};
      if (begin === 'now') start = performance.now();
      else window.addEventListener(begin, (e) => { start = start || e.timeStamp; }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!start || !shown(measure())) return;
        observer.disconnect();
        // The frame that shows it: measured after the next paint.
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  })()`);
  await act();
  return page.evaluate('window.__took') as Promise<number>;
}

/** Time from an input event to the first moment `selector` matches an element not there before. */
function fromEventTo(
  page: Page,
  event: 'keydown' | 'click',
  selector: string,
  act: () => Promise<void>,
): Promise<number> {
  return timeUntil(
    page,
    event,
    `new Set(document.querySelectorAll(${JSON.stringify(selector)}))`,
    '[...now].some((el) => !before.has(el))',
    act,
  );
}

if (!existsSync(CHROMIUM) || !existsSync(join(rendererDir, 'index.html'))) {
  console.log('\nUI benchmark: skipped (needs Chromium and `npm run build`).');
} else {
  console.log(
    `\nUI benchmark in Chromium: ${SOURCES.toLocaleString('en')} sources, ${RUNS} runs each`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'dossier-ui-bench-'));
  const browser = await launchChromium();
  try {
    await writeGeneratedLibrary(dir, generatedPassages(SOURCES * PER_SOURCE, 11), PER_SOURCE);
    const archive = await openArchive(dir);
    await archive.searchIndexRebuilt();
    const listed = await archive.api.listSources({});
    const sources = listed.ok ? listed.value : [];
    for (const source of sources.slice(0, 40)) {
      const detail = await archive.api.getSource({ id: source.id });
      if (!detail.ok) continue;
      for (const passage of detail.value.passages.slice(0, 6))
        await archive.api.createHighlight({
          sourceId: source.id,
          start: passage.start,
          end: passage.start + Math.min(40, passage.end - passage.start),
          themeIds: ['labour'],
        });
    }
    const shell = await startShellServer({
      handlers: archive.handlers,
      events: archive.events,
      rendererDir,
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();

    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto('about:blank');
      await page.goto(shell.url);
      await page.locator('.source-item').first().waitFor();
      // Navigation starts at 0 on the page's clock.
      cold.push((await page.evaluate('performance.now()')) as number);
    }
    report('cold start to the sources drawn', cold);

    const search = page.getByRole('combobox', { name: 'Search passages' });
    const typed: number[] = [];
    for (const word of ['Tokaev', 'Janaozen', 'strike', 'Nazarbayev', 'oil', 'CSTO', 'Almaty']) {
      for (let i = 0; i < 2; i++) {
        await search.fill('');
        await page
          .locator('.search-hit')
          .first()
          .waitFor({ state: 'detached' })
          .catch(() => {});
        typed.push(
          await fromEventTo(page, 'keydown', '.search-hit', async () => {
            await search.focus();
            await page.keyboard.insertText(word.slice(0, -1));
            await page.keyboard.press(word.at(-1)!);
          }),
        );
      }
    }
    await search.fill('');
    await page.keyboard.press('Escape');
    report('keystroke to search results', typed);

    const opened: number[] = [];
    const list = page.getByRole('list', { name: 'Sources' });
    const withHighlights = sources.slice(0, 40).map((s) => s.title);
    for (let i = 0; i < RUNS; i++) {
      const title = withHighlights[i % withHighlights.length]!;
      await page.getByRole('combobox', { name: 'Search passages' }).fill('');
      const button = list.getByRole('button', { name: title }).first();
      await button.scrollIntoViewIfNeeded().catch(() => {});
      if (!(await button.count())) continue;
      opened.push(
        await fromEventTo(page, 'click', '.reader-page [data-highlights]', () => button.click()),
      );
    }
    report('opening a source to its highlights drawn', opened);

    const tagged: number[] = [];
    const taggedAsked = await asked(
      page,
      () => tagged.length,
      async () => {
        for (let i = 0; i < RUNS; i++) {
          const ok = await page.evaluate(`(() => {
        const passages = document.querySelectorAll('.reader-page .passage');
        const p = passages[(${i} % Math.max(1, passages.length - 1)) + 1];
        const text = p && document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
        if (!text || (text.textContent || '').length < 30) return false;
        const range = document.createRange();
        range.setStart(text, 10);
        range.setEnd(text, 25);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        return true;
      })()`);
          if (!ok) continue;
          tagged.push(
            await fromEventTo(page, 'keydown', '.reader-page [data-highlights]', () =>
              page.keyboard.press('1'),
            ),
          );
        }
      },
    );
    report('tag (key 1) to the highlight drawn', tagged);
    console.log(`  ${'  asked per tag'.padEnd(40)} ${taggedAsked}`);

    // Undo takes the last tag away: from the key to the frame without it.
    const undone: number[] = [];
    const undoAsked = await asked(
      page,
      () => undone.length,
      async () => {
        for (let i = 0; i < Math.min(RUNS, tagged.length); i++)
          undone.push(
            await timeUntil(page, 'keydown', HIGHLIGHTS_DRAWN, 'now < before', () =>
              page.keyboard.press('Control+z'),
            ),
          );
      },
    );
    report('undo (Ctrl+Z) to the highlight gone', undone);
    console.log(`  ${'  asked per undo'.padEnd(40)} ${undoAsked}`);

    // A tag the window did not make (as a sync round or the browser extension writes one):
    // from the service being asked to the frame that draws it, with nothing polling.
    const openTitle = await page.locator('.reader-title').first().textContent();
    const open = sources.find((s) => s.title === openTitle);
    const detail = open ? await archive.api.getSource({ id: open.id }) : null;
    const elsewhere: number[] = [];
    if (detail?.ok)
      for (const passage of detail.value.passages.slice(1, 1 + RUNS))
        elsewhere.push(
          await timeUntil(page, 'now', HIGHLIGHTS_DRAWN, 'now > before', () =>
            archive.api.createHighlight({
              sourceId: detail.value.id,
              start: passage.start + 2,
              end: passage.start + 20,
              themeIds: ['labour'],
              note: '',
            }),
          ),
        );
    report('a tag made elsewhere to it drawn', elsewhere);
    await context.close();
    await shell.close();
    await archive.close();
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
