// Saved pages of Zyte's article-extraction benchmark read by Dossier's saved-page reader: the
// share of the marked article's words its paragraphs keep, and the share of their words that are
// the article's (what is left is furniture: "Image 1 of 23", "Photo: …, AP", breadcrumbs).
import { setImmediate as nextTurn } from 'node:timers/promises';
import { htmlDocument } from '../../electron/main/import/htmlDocument';
import type { PageSource, PageTruth } from './pastedPages';
import { overlap, words } from './wordOverlap';

export interface BodyScore {
  page: string;
  kept: number;
  precision: number;
  /** Paragraphs whose words are not the article's: what a citation's number counts wrongly. */
  strayParagraphs: number;
}

export async function scoreSavedBodies(
  pages: readonly PageSource[],
  truth: (name: string) => PageTruth,
): Promise<BodyScore[]> {
  const scores: BodyScore[] = [];
  for (const page of pages) {
    const expected = words(truth(page.name).article);
    if (!expected.length) continue;
    let blocks: string[] = [];
    try {
      blocks = htmlDocument(page.html()).blocks.map((b) => b.text);
    } catch {
      // A page Dossier refuses keeps nothing.
    }
    // jsdom frees a closed window only once the event loop turns.
    await nextTurn();
    const found = words(blocks.join('\n'));
    const shared = overlap(expected, found);
    const article = new Set(expected);
    scores.push({
      page: page.name,
      kept: shared / expected.length,
      precision: found.length ? shared / found.length : 1,
      strayParagraphs: blocks.filter((b) => {
        const w = words(b);
        return w.length > 0 && w.filter((x) => article.has(x)).length < w.length / 2;
      }).length,
    });
  }
  return scores;
}
