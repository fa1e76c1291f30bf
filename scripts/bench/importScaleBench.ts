// Import at the sizes a writer may bring: a 19 MB pasted text (under the 20 MB limit), a
// CSL-JSON file of 100,000 records, and a folder of saved pages imported twice. The first two
// must be linear (seconds, not minutes); the folder's second import must not grow the memory.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive } from '../../electron/main/archive/archiveService';
import { figure } from './figures';
import { syntheticArticle, syntheticPage } from './syntheticArticles';

const upload = (name: string, text: string) => ({
  name,
  dataBase64: Buffer.from(text).toString('base64'),
});

async function timedImport(name: string, text: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-scale-'));
  try {
    const archive = await openArchive(dir);
    const start = performance.now();
    const result = await archive.api.importFiles({ files: [upload(name, text)] });
    const took = performance.now() - start;
    await archive.close();
    const outcome = result.ok ? result.value.results[0] : undefined;
    if (!outcome || outcome.status === 'failed')
      throw new Error(`${name}: ${outcome ? outcome.reason : 'no result'}`);
    return took;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log('\nImport at scale:');
const paragraphs: string[] = [];
let size = 0;
for (let i = 0; size < 19 * 2 ** 20; i++) {
  const article = syntheticArticle(i);
  paragraphs.push(article);
  size += article.length + 2;
}
const big = paragraphs.join('\n\n');
const textTook = await timedImport('nineteen-megabytes.txt', big);
figure('import-scale', '19 MB pasted text', textTook, 'ms');
console.log(
  `  a ${(Buffer.byteLength(big) / 2 ** 20).toFixed(1)} MB text: ${(textTook / 1000).toFixed(1)} s`,
);

const items = Array.from({ length: 100_000 }, (_, i) => ({
  id: `item-${i}`,
  type: 'article-journal',
  title: `Record number ${i} on the price of gas`,
  author: [{ family: `Author${i % 997}`, given: 'A.' }],
  issued: { 'date-parts': [[1950 + (i % 70)]] },
}));
const cslTook = await timedImport('hundred-thousand.json', JSON.stringify(items));
figure('import-scale', '100,000 CSL-JSON records', cslTook, 'ms');
console.log(`  100,000 CSL-JSON records: ${(cslTook / 1000).toFixed(1)} s`);

// A folder of saved pages, imported, then imported again as a writer does after adding a few:
// every page is read, found in the library, and let go. Each import is `dossier import` in a
// process of its own, so its peak resident memory is the import's.
const PAGES = 150;
const folderDir = await mkdtemp(join(tmpdir(), 'dossier-bench-pages-'));
try {
  const folder = join(folderDir, 'saved pages');
  await mkdir(folder);
  let bytes = 0;
  for (let i = 0; i < PAGES; i++) {
    const page = syntheticPage(i);
    bytes += Buffer.byteLength(page);
    await writeFile(join(folder, `page-${i}.html`), page);
  }
  const importFolder = () => {
    const start = performance.now();
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'peak %M KB',
        process.execPath,
        'bin/dossier.mjs',
        'import',
        folder,
        '--json',
        '--library',
        join(folderDir, 'library'),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    );
    if (run.status !== 0) throw new Error(`dossier import failed: ${run.stderr}`);
    const peak = Number(/peak (\d+) KB/.exec(run.stderr)?.[1] ?? 0) / 1024;
    return { took: performance.now() - start, peak, out: run.stdout };
  };
  const first = importFolder();
  const again = importFolder();
  const duplicates = (again.out.match(/"duplicate"/g) ?? []).length;
  console.log(
    `  ${PAGES} saved pages (${(bytes / 2 ** 20).toFixed(1)} MB) as one folder: ${(first.took / 1000).toFixed(1)} s, peak memory ${first.peak.toFixed(0)} MB`,
  );
  console.log(
    `  the same folder again (${duplicates} found in the library): ${(again.took / 1000).toFixed(1)} s, peak memory ${figure('import-scale', 'folder imported again: peak memory', again.peak, 'MB').toFixed(0)} MB`,
  );
  // The same pages in one call of the service, as a client may send a batch: a page's DOM is
  // freed only once the event loop turns, so what the call still holds when it returns (before
  // any turn) is what it held at once.
  const archive = await openArchive(join(folderDir, 'library'));
  const files = (await readdir(folder)).map((name) => ({
    name,
    dataBase64: readFileSync(join(folder, name)).toString('base64'),
  }));
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const batch = await archive.api.importFiles({ files });
  globalThis.gc?.();
  const held = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  if (!batch.ok) throw new Error(batch.error.message);
  console.log(
    `  the ${files.length} pages again in one call: ${figure('import-scale', 'batch of pages again: heap held at its end', held, 'MB').toFixed(0)} MB of heap still held when it returns`,
  );
  await archive.close();
} finally {
  await rm(folderDir, { recursive: true, force: true });
}
