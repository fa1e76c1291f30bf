import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive } from '../../electron/main/archive/archiveService';
import { startShellServer } from '../../electron/main/shell/httpShell';
import type { Highlight } from '../../shared/model/theme';
import { createAnchor } from '../../shared/themes/highlightAnchor';
import { CHROMIUM, launchChromium } from '../../tests/e2e/chromium';
import { generatedPassages, writeGeneratedLibrary } from './generatedLibrary';
import { seededRandom } from './syntheticArticles';
import { percentile } from './figures';

const SOURCES = 10_000;
const PASSAGES_PER_SOURCE = 5;
const HIGHLIGHTS = 50_000;
const TAG_ACTIONS = 60;
const THEMES = ['labour', 'clans', 'foreign-involvement', 'casualties'];

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** A library of 10,000 sources with 50,000 highlights, written as Dossier stores it. */
async function buildLibrary(dir: string) {
  const passages = generatedPassages(SOURCES * PASSAGES_PER_SOURCE, 23);
  const sources = await writeGeneratedLibrary(dir, passages, PASSAGES_PER_SOURCE);
  const doc = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
  const random = seededRandom(5);
  const highlights: Highlight[] = [];
  const texts = new Map<string, string>();
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const source = sources[i % sources.length]!;
    const text =
      texts.get(source.id) ??
      (await readFile(join(dir, 'texts', `${source.textHash}.txt`), 'utf8'));
    texts.set(source.id, text);
    const passage = source.passages[Math.floor(random() * source.passages.length)]!;
    const start = passage.start + Math.floor(random() * 20);
    const end = Math.min(passage.end, start + 40 + Math.floor(random() * 80));
    highlights.push({
      id: `h${i}`,
      sourceId: source.id,
      themeIds: [THEMES[i % THEMES.length]!],
      note: i % 7 === 0 ? 'a note the writer left' : '',
      anchor: createAnchor(text, start, end),
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  }
  const { defaultCodebook } = await import('../../shared/model/defaultCodebook');
  await writeFile(
    join(dir, 'library.json'),
    JSON.stringify({
      ...doc,
      schemaVersion: 2,
      themes: defaultCodebook(),
      highlights,
      dismissedSuggestions: [],
    }),
  );
  return sources;
}

async function firstPaint(dir: string): Promise<number | null> {
  const rendererDir = join(import.meta.dirname, '../../out/renderer');
  if (!existsSync(CHROMIUM) || !existsSync(join(rendererDir, 'index.html'))) return null;
  const browser = await launchChromium();
  const page = await browser.newPage();
  const start = performance.now();
  const archive = await openArchive(dir);
  const shell = await startShellServer({
    handlers: archive.handlers,
    events: archive.events,
    rendererDir,
  });
  await page.goto(shell.url);
  await page.getByRole('list', { name: 'Sources' }).getByRole('button').first().waitFor();
  const took = performance.now() - start;
  await browser.close();
  await shell.close();
  await archive.close();
  return took;
}

console.log(
  `\nTagging benchmark: ${SOURCES.toLocaleString('en')} sources, ${(SOURCES * PASSAGES_PER_SOURCE).toLocaleString('en')} passages, ${HIGHLIGHTS.toLocaleString('en')} highlights`,
);
const dir = await mkdtemp(join(tmpdir(), 'dossier-tag-bench-'));
try {
  const sources = await buildLibrary(dir);
  console.log(
    `  library.json: ${((await stat(join(dir, 'library.json'))).size / 2 ** 20).toFixed(1)} MB`,
  );
  // The first open builds the search index; the figures below are for a library that has one.
  await (await openArchive(dir)).close();

  let start = performance.now();
  const archive = await openArchive(dir);
  const listed = await archive.api.listSources({});
  console.log(
    `  open the library and list its sources (service only): ${ms(performance.now() - start)} (${listed.ok ? listed.value.length : 0} sources)`,
  );

  const times: number[] = [];
  for (let i = 0; i < TAG_ACTIONS; i++) {
    const source = sources[(i * 97) % sources.length]!;
    const passage = source.passages[0]!;
    start = performance.now();
    // Resolves once library.json has been written (atomically) with the new highlight.
    const result = await archive.api.createHighlight({
      sourceId: source.id,
      start: passage.start,
      end: Math.min(passage.end, passage.start + 30),
      themeIds: [THEMES[i % THEMES.length]!],
    });
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error.message);
  }
  console.log(
    `  tag action until written to disk: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} (${TAG_ACTIONS} tags)`,
  );
  start = performance.now();
  await archive.api.undo({});
  console.log(`  undo of a tag, written: ${ms(performance.now() - start)}`);
  await archive.close();

  const paint = await firstPaint(dir);
  console.log(
    paint === null
      ? '  cold start to first paint of the library list: skipped (no Chromium or no build in out/renderer)'
      : `  cold start to first paint of the library list (open, serve, load the page in Chromium): ${ms(paint)}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
