import Fuse from 'fuse.js';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive } from '../../electron/main/archive/archiveService';
import { inMemoryIndex } from '../../electron/main/search/inMemoryIndex';
import { querySet } from '../../tests/search/querySet';
import {
  generatedPassages,
  sentencePool,
  VARIANTS,
  writeGeneratedLibrary,
} from './generatedLibrary';
import { percentile } from './figures';

const FULL = 200_000;
const COMPARE = 50_000;

const ms = (n: number) => `${n.toFixed(1)} ms`;

const queries = querySet.map((q) => q.query);

async function timeQueries(run: (q: string) => Promise<unknown> | unknown, list: string[]) {
  const times: number[] = [];
  for (const q of list) {
    const start = performance.now();
    await run(q);
    times.push(performance.now() - start);
  }
  return times;
}

function printLatency(label: string, times: number[]) {
  console.log(
    `  ${label}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} (${times.length} queries)`,
  );
}

async function benchFull(): Promise<void> {
  console.log(`\nIndexed search at ${FULL.toLocaleString('en')} passages:`);
  const passages = generatedPassages(FULL);
  const buildStart = performance.now();
  const index = inMemoryIndex(
    passages.map((text, i) => [{ sourceId: 's', passageId: `p${i}`, field: 'passage' }, text]),
  );
  const build = performance.now() - buildStart;
  console.log(
    `  index build (an in-memory database): ${ms(build)} = ${ms((build / FULL) * 100_000)} per 100,000 passages`,
  );
  console.log(`  vocabulary: ${index.termCount().toLocaleString('en')} keys`);

  const dir = await mkdtemp(join(tmpdir(), 'dossier-search-bench-'));
  try {
    await writeGeneratedLibrary(dir, passages);
    let start = performance.now();
    let archive = await openArchive(dir);
    // The index is built on first use: waiting for it is part of a first open for search.
    await archive.searchIndexRebuilt();
    console.log(
      `  first open, index rebuilt from the library's texts: ${ms(performance.now() - start)}`,
    );
    await archive.close();
    console.log(
      `  library.db with its index: ${((await stat(join(dir, 'library.db'))).size / 2 ** 20).toFixed(1)} MB`,
    );
    start = performance.now();
    archive = await openArchive(dir);
    // The index is read a word at a time: a cold open reads nothing of it.
    const rebuilt = await archive.searchIndexRebuilt();
    console.log(
      `  cold open with the stored index: ${ms(performance.now() - start)} (rebuilt: ${rebuilt})`,
    );
    const first = await timeQueries((q) => archive.api.search({ query: q, limit: 20 }), queries);
    printLatency("first run of the query set (each word's list read on first use)", first);
    const warm = await timeQueries((q) => archive.api.search({ query: q, limit: 20 }), queries);
    printLatency('query set, again', warm);
    await archive.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Passages holding any spelling of the name a query names, as the generator wrote them. */
function relevant(passages: string[], group: string[]): Set<string> {
  return new Set(passages.filter((p) => group.some((name) => p.includes(name))));
}

/**
 * Of the first ten hits, how many name the person or place in any spelling, against as many as
 * there could be. A hit is the text it matched: a passage, or for the index also a figure caption
 * that names them, which is as much a find as a passage.
 */
function recallAt10(hits: string[], group: string[], wanted: Set<string>): number {
  const found = hits.slice(0, 10).filter((h) => group.some((name) => h.includes(name))).length;
  return found / Math.min(10, wanted.size);
}

async function benchAgainstFuse(): Promise<void> {
  console.log(
    `\nIndexed search against plain fuse.js at ${COMPARE.toLocaleString('en')} passages:`,
  );
  const passages = generatedPassages(COMPARE, 11);
  const dir = await mkdtemp(join(tmpdir(), 'dossier-search-bench-'));
  try {
    await writeGeneratedLibrary(dir, passages);
    const archive = await openArchive(dir);
    const indexed = await timeQueries((q) => archive.api.search({ query: q, limit: 10 }), queries);
    printLatency('indexed, whole query set', indexed);

    // One spelling per name (not the commonest), so both must bridge variants to do well.
    const sample = VARIANTS.map((group) => ({
      query: group[1]!,
      group,
      wanted: relevant(passages, group),
    }));
    const fuse = new Fuse(
      passages.map((text) => ({ text })),
      { keys: ['text'], threshold: 0.4, ignoreLocation: true, includeScore: true },
    );
    const fuseTimes: number[] = [];
    const indexTimes: number[] = [];
    let fuseRecall = 0;
    let indexRecall = 0;
    for (const { query, group, wanted } of sample) {
      let start = performance.now();
      const fuseHits = fuse.search(query, { limit: 10 }).map((r) => r.item.text);
      fuseTimes.push(performance.now() - start);
      start = performance.now();
      const result = await archive.api.search({ query, limit: 10 });
      indexTimes.push(performance.now() - start);
      const indexHits = result.ok ? result.value.hits.map((h) => h.text) : [];
      fuseRecall += recallAt10(fuseHits, group, wanted) / sample.length;
      indexRecall += recallAt10(indexHits, group, wanted) / sample.length;
    }
    const names = sample.map((s) => s.query).join(', ');
    printLatency(`plain fuse.js (threshold 0.4, ignoreLocation) on ${names}`, fuseTimes);
    printLatency('indexed, same queries', indexTimes);
    const speedup = percentile(fuseTimes, 50) / Math.max(0.01, percentile(indexTimes, 50));
    console.log(`  speed-up, p50: ${speedup.toFixed(0)}×`);
    console.log(
      `  recall@10 of passages naming the person or place in any spelling: indexed ${indexRecall.toFixed(2)}, fuse.js ${fuseRecall.toFixed(2)}`,
    );
    await archive.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(
  `Search benchmark (node ${process.version}); passages recombined from ${sentencePool().from}`,
);
await benchFull();
await benchAgainstFuse();
