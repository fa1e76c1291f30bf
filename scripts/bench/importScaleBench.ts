// Import at the sizes a writer may bring: a 19 MB pasted text (under the 20 MB limit) and a
// CSL-JSON file of 100,000 records. Both must be linear: seconds, not minutes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive } from '../../electron/main/archive/archiveService';
import { figure } from './figures';
import { syntheticArticle } from './syntheticArticles';

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
