import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive } from '../../electron/main/archive/archiveService';
import { syntheticArticle } from './syntheticArticles';
import { percentile } from './figures';

const SIZES = [200, 1000];
const QUERIES = ['Janaozen', 'Nazarbaev', 'Tokayv', 'oil workers', 'colour revolution'];
const SEARCH_REPEATS = 3;

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

async function benchSize(sources: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
  try {
    let archive = await openArchive(dir);
    const importTimes: number[] = [];
    for (let i = 0; i < sources; i++) {
      const file = {
        name: `report-${i}.txt`,
        dataBase64: Buffer.from(syntheticArticle(i)).toString('base64'),
      };
      const [result, took] = await timed(() => archive.api.importFiles({ files: [file] }));
      if (!result.ok || result.value.results[0]!.status !== 'imported')
        throw new Error(`import ${i} failed`);
      importTimes.push(took);
    }
    const list = await archive.api.listSources({});
    const passages = list.ok ? list.value.reduce((n, s) => n + s.passageCount, 0) : 0;
    await archive.close();

    const [reopened, openTook] = await timed(() => openArchive(dir));
    archive = reopened;

    const searchTimes: number[] = [];
    for (const query of QUERIES) {
      for (let r = 0; r < SEARCH_REPEATS; r++) {
        const [, took] = await timed(() => archive.api.search({ query }));
        searchTimes.push(took);
      }
    }
    await archive.close();

    console.log(`  ${sources} sources, ${passages} passages`);
    console.log(`  cold open (read library.json and the stored search index): ${ms(openTook)}`);
    console.log(
      `  import one file: p50 ${ms(percentile(importTimes, 50))}, p95 ${ms(percentile(importTimes, 95))}, last ${ms(importTimes.at(-1)!)}`,
    );
    console.log(
      `  search (${QUERIES.length} queries × ${SEARCH_REPEATS}): p50 ${ms(percentile(searchTimes, 50))}, p95 ${ms(percentile(searchTimes, 95))}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(`Dossier library benchmark (node ${process.version}, ${new Date().toISOString()})`);
for (const size of SIZES) {
  console.log(`\nLibrary of ${size} generated articles:`);
  await benchSize(size);
}

/** Issue 3's figure: 1,000 generated articles with comment sections, imported one by one. */
async function benchImportWithComments(count: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
  try {
    const archive = await openArchive(dir);
    let peak = process.memoryUsage().rss;
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      const text = `${syntheticArticle(i)}\n\nSimilar Posts\n\n2 Comments\n\n  1. ${syntheticArticle(i + 7, 1).split('\n\n')[1]}\n\n  2. ${syntheticArticle(i + 13, 1).split('\n\n')[1]}\n\nLeave a Reply`;
      const result = await archive.api.importFiles({
        files: [{ name: `article-${i}.txt`, dataBase64: Buffer.from(text).toString('base64') }],
      });
      const outcome = result.ok ? result.value.results[0] : undefined;
      if (outcome?.status !== 'imported' || outcome.commentIds?.length !== 2)
        throw new Error(`article ${i}`);
      if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const took = performance.now() - start;
    await archive.close();
    console.log(
      `\nImport of ${count} generated articles with 2 comments each (one file per call):`,
    );
    console.log(
      `  ${ms(took)} in all, ${((count / took) * 1000).toFixed(0)} articles/s; peak resident memory ${(peak / 2 ** 20).toFixed(0)} MB`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await benchImportWithComments(1000);
