// Zyte's article-extraction benchmark (github.com/scrapinghub/article-extraction-benchmark, MIT):
// 181 saved news and blog pages, each with the article body as people marked it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PageSource, PageTruth } from './pastedPages';

export function extractionBenchmark(dir: string) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const pages: PageSource[] = Object.keys(truth).map((name) => ({
    name,
    html: () => gunzipSync(readFileSync(join(dir, 'html', `${name}.html.gz`))).toString('utf8'),
  }));
  return {
    pages,
    truth: (name: string): PageTruth => ({ article: truth[name]?.articleBody ?? '' }),
    /** Ids are sha-256 digests: their first digit splits the set in two halves of chance. */
    half: (name: string): 'tuning' | 'unseen' => (/^[0-7]/.test(name) ? 'tuning' : 'unseen'),
  };
}
