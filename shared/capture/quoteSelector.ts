import { sharedHead, sharedTail } from '../themes/highlightAnchor';
import type { QuoteSelector } from './captureMessages';
import { comparableText } from '../text/comparableText';

const squash = (s: string) => s.replace(/\s+/gu, ' ');

/**
 * Where a selection made in the browser stands in a source's text, by its words and the words
 * around them: the browser and Dossier lay out white space differently (line breaks between
 * paragraphs, runs of spaces), so it is compared with each run of white space as one space. Of
 * several places with the same words, the one whose surroundings match best; null when the
 * words are not in the text at all.
 */
export function findQuote(
  text: string,
  selector: QuoteSelector,
): { start: number; end: number } | null {
  const exact = squash(selector.exact).trim();
  if (!exact) return null;
  const hay = comparableText(text);
  const prefix = squash(selector.prefix);
  const suffix = squash(selector.suffix);
  let best: { at: number; score: number } | null = null;
  for (let at = hay.text.indexOf(exact); at >= 0; at = hay.text.indexOf(exact, at + 1)) {
    const score =
      sharedTail(
        hay.text.slice(Math.max(0, at - prefix.length - 1), at).trimEnd(),
        prefix.trimEnd(),
      ) + sharedHead(hay.text.slice(at + exact.length).trimStart(), suffix.trimStart());
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  const start = hay.from[best.at]!;
  const end = hay.from[best.at + exact.length - 1]! + 1;
  return { start, end };
}
