// npm run bench -- scale [--sizes 1000,10000,50000]: generated libraries of realistic articles
// (25 paragraphs of ~60 words, two highlights each), written as a Dossier before library.db kept
// them (library.json), then: the move into library.db, open, first and warm searches, a tag,
// memory, and the CLI's list, show, search and tag paired with node -e 0 (issue 30's figures).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive } from '../../electron/main/archive/archiveService';
import { emptyLibrary } from '../../shared/model/libraryDocument';
import type { Highlight } from '../../shared/model/theme';
import { createAnchor } from '../../shared/themes/highlightAnchor';
import { figure, percentile } from './figures';
import { generatedSource } from './generatedLibrary';
import { paired } from './pairedRuns';
import { syntheticArticle } from './syntheticArticles';

const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/dossier.mjs');
const SIZES = (process.env.DOSSIER_SCALE_SIZES ?? '1000,10000').split(',').map(Number);
const QUERIES = ['Janaozen', 'Nazarbaev', 'Tokayv', 'oil workers', 'clan elite'];
const CLI_RUNS = 5;

const ms = (n: number) => `${n.toFixed(0)} ms`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

/** A library.json of `count` generated articles with two highlights each, and its texts. */
async function generate(dir: string, count: number): Promise<number> {
  await mkdir(join(dir, 'texts'), { recursive: true });
  const now = new Date('2026-01-01T00:00:00Z');
  const doc = { ...emptyLibrary(now), codebookPending: false };
  for (let i = 0; i < count; i++) {
    const { record: source, text } = await generatedSource(
      dir,
      `report-${i}.txt`,
      syntheticArticle(i, 25),
      now,
    );
    doc.sources.push(source);
    for (let k = 0; k < 2; k++) {
      const passage = source.passages[(i + k * 7) % source.passages.length]!;
      const highlight: Highlight = {
        id: `h${i}-${k}`,
        sourceId: source.id,
        themeIds: [doc.themes[k]!.id],
        note: '',
        anchor: createAnchor(text, passage.start, Math.min(passage.end, passage.start + 80)),
        createdAt: now.toISOString(),
      };
      doc.highlights.push(highlight);
    }
  }
  const json = JSON.stringify(doc);
  await writeFile(join(dir, 'library.json'), json);
  return json.length;
}

async function benchSize(size: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-scale-'));
  try {
    const [jsonBytes, made] = await timed(() => generate(dir, size));
    console.log(
      `\n${size.toLocaleString('en')} sources (${(size * 25).toLocaleString('en')} passages):`,
    );
    console.log(`  generated in ${ms(made)}; library.json ${mb(jsonBytes)}`);

    const [moved, moveTook] = await timed(() => openArchive(dir));
    // The generated folder has no search index: the first search builds it, once.
    const [, indexTook] = await timed(() => moved.api.search({ query: QUERIES[0]! }));
    await moved.close();
    figure('scale', `${size}: search index made`, indexTook, 'ms');
    figure('scale', `${size}: move into library.db`, moveTook, 'ms');
    const dbBytes = (await stat(join(dir, 'library.db'))).size;
    console.log(
      `  first open (moves library.json into library.db): ${ms(moveTook)}; first search, which builds the index in library.db: ${ms(indexTook)}; library.db ${mb(dbBytes)}`,
    );

    const rssBefore = process.memoryUsage().rss;
    const [archive, openTook] = await timed(() => openArchive(dir));
    figure('scale', `${size}: open`, openTook, 'ms');
    const [, firstSearch] = await timed(() => archive.api.search({ query: QUERIES[0]! }));
    figure('scale', `${size}: first search after open`, firstSearch, 'ms');
    const searches: number[] = [];
    for (let r = 0; r < 3; r++)
      for (const query of QUERIES) {
        const [, took] = await timed(() => archive.api.search({ query }));
        searches.push(took);
      }
    figure('scale', `${size}: warm search p50`, percentile(searches, 50), 'ms');
    figure('scale', `${size}: warm search p95`, percentile(searches, 95), 'ms');
    const sources = archive.state.store.doc.sources;
    const tags: number[] = [];
    for (let i = 0; i < 20; i++) {
      const source = sources[(i * 7919) % sources.length]!;
      const passage = source.passages[3]!;
      const [result, took] = await timed(() =>
        archive.api.createHighlight({
          sourceId: source.id,
          start: passage.start,
          end: Math.min(passage.end, passage.start + 40),
          themeIds: ['labour'],
        }),
      );
      if (!result.ok) throw new Error(result.error.message);
      tags.push(took);
    }
    figure('scale', `${size}: tag acknowledged p50`, percentile(tags, 50), 'ms');
    // Quotes for the CLI's tags: the opening words of a paragraph of sources 10, 11, …
    const quotes: { id: string; quote: string }[] = [];
    for (const source of sources.slice(10, 10 + CLI_RUNS + 1)) {
      const detail = await archive.api.getSource({ id: source.id });
      if (!detail.ok) throw new Error(detail.error.message);
      const words = detail.value.passages[5]!.text.split(' ').slice(0, 6).join(' ');
      quotes.push({ id: source.id, quote: words });
    }
    const rss = process.memoryUsage().rss;
    figure('scale', `${size}: resident memory with the library open`, rss / 2 ** 20, 'MB');
    await archive.close();
    console.log(
      `  open ${ms(openTook)}; first search ${ms(firstSearch)}; warm search p50 ${ms(percentile(searches, 50))}, p95 ${ms(percentile(searches, 95))}`,
    );
    console.log(
      `  tag acknowledged p50 ${ms(percentile(tags, 50))} (first ${ms(tags[0]!)}); resident ${mb(rss)} (${mb(rssBefore)} before opening, in the bench's process)`,
    );

    if (!existsSync(join(repoRoot, 'out/main/cli.js'))) {
      console.log('  (CLI not timed: build Dossier first, npm run build)');
      return;
    }
    const id = sources[2]!.id;
    const at = ['--library', dir];
    const commands: [string, string[]][] = [
      ['list --json', ['list', '--json', ...at]],
      ['show ID', ['show', id, ...at]],
      ['search Nazarbaev', ['search', 'Nazarbaev', ...at]],
      ['tag ID --quote … --theme clans', []],
    ];
    let tagRun = 0;
    for (const [name, args] of commands) {
      const argsFor = () => {
        if (args.length) return [bin, ...args];
        // Each run tags another source's paragraph, so each run is a change.
        const { id: sourceId, quote } = quotes[tagRun++]!;
        return [bin, 'tag', sourceId, '--quote', quote, '--theme', 'clans', ...at];
      };
      const { took, node, ratio } = paired(argsFor(), CLI_RUNS, argsFor);
      figure('scale', `${size}: dossier ${name}`, took, 'ms');
      figure('scale', `${size}: dossier ${name} / node -e 0`, ratio, '×');
      console.log(
        `  dossier ${name.padEnd(32)} ${ms(took).padStart(8)}, node -e 0 ${ms(node)}: ${ratio.toFixed(1)}×`,
      );
    }
  } finally {
    // DOSSIER_SCALE_KEEP=1 keeps the generated library for profiling a command by hand.
    if (process.env.DOSSIER_SCALE_KEEP) console.log(`  kept at ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

console.log(`Dossier at scale (node ${process.version}, ${new Date().toISOString()})`);
for (const size of SIZES) await benchSize(size);
