// Pages copied whole from the browser, scored for `npm run bench -- import-quality`: the article
// body beside the same pages saved, and the labelled pages' metadata.
import { copiedFragments } from './copiedPages';
import { figure } from './figures';
import type { PageSource, PageTruth } from './pastedPages';
import { scoreSavedBodies, type BodyScore } from './savedPageBodies';
import { scoreSavedPages } from './savedPageMetadata';

const pct = (part: number, whole: number) => (whole ? (100 * part) / whole : 0);

/**
 * Pages copied whole from the browser (Select All, Copy: the clipboard's HTML), read as a paste
 * into the window reads them: the article body against the marked article, as F1 of the mean
 * precision and words kept, beside the same pages saved; and the labelled pages' metadata.
 */
export async function copiedPages(
  cacheDir: string,
  set: string,
  label: string,
  pages: PageSource[],
  truth: (name: string) => PageTruth,
) {
  const copied = await copiedFragments(pages, cacheDir);
  const asCopied = pages.map((p) => ({ name: p.name, html: () => copied.get(p.name) ?? '' }));
  console.log(`  ${label}, copied from Chromium (text/html) against saved`);
  for (const [how, list] of [
    ['saved', pages],
    ['copied', asCopied],
  ] as const) {
    const scores = await scoreSavedBodies(list, truth);
    const mean = (f: (s: BodyScore) => number) =>
      scores.reduce((sum, s) => sum + f(s), 0) / scores.length;
    const kept = mean((s) => s.kept);
    const precision = mean((s) => s.precision);
    const f1 = (2 * kept * precision) / (kept + precision);
    console.log(
      `    ${how.padEnd(6)} (${scores.length} pages): kept ${pct(kept, 1).toFixed(1)} %, precision ${pct(precision, 1).toFixed(1)} %, F1 ${f1.toFixed(3)}`,
    );
    figure('import-quality', `${how} ${set} F1`, f1, 'F1');
    figure('import-quality', `${how} ${set} kept`, pct(kept, 1), '%');
    figure('import-quality', `${how} ${set} precision`, pct(precision, 1), '%');
  }
  return copied;
}

/** What a copied page tells of itself (no head: the headline and byline it shows). */
export function copiedPageMetadata(dir: string, copied: Map<string, string>) {
  const scores = scoreSavedPages(dir, (page) => copied.get(page) ?? '');
  const rate = (field: 'title' | 'authors' | 'date') => {
    const right = scores.filter((s) => s.right[field]).length;
    figure('import-quality', `copied page metadata ${field}`, pct(right, scores.length), '%');
    return `${field} ${right}/${scores.length} (${pct(right, scores.length).toFixed(1)} %)`;
  };
  console.log(
    `    copied, the same labelled pages (all looked at): ${rate('title')}, ${rate('authors')}, ${rate('date')}`,
  );
}
