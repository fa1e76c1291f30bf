import { findQuote } from '../capture/quoteSelector';
import { comparableText } from '../text/comparableText';
import { sharedHead, sharedTail } from '../themes/highlightAnchor';

const fold = (s: string) => comparableText(s, true).text;

/**
 * Where a quote made in another reader stands in a source's text: as written (white space
 * aside), else with quotation marks, dashes, ligatures and case folded. Of several places, the
 * one whose surrounding words match the quote's prefix and suffix best, else the first. Null
 * when the words are not in the text.
 */
export function anchorQuote(
  text: string,
  quote: { exact: string; prefix?: string; suffix?: string },
): { start: number; end: number } | null {
  const exact = quote.exact.trim();
  if (!exact) return null;
  const plain = findQuote(text, { exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' });
  if (plain) return plain;
  const hay = comparableText(text, true);
  const needle = fold(exact).trim();
  if (!needle) return null;
  const prefix = fold(quote.prefix ?? '').trimEnd();
  const suffix = fold(quote.suffix ?? '').trimStart();
  let best: { at: number; score: number } | null = null;
  for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
    const score =
      sharedTail(hay.text.slice(Math.max(0, at - prefix.length - 1), at).trimEnd(), prefix) +
      sharedHead(hay.text.slice(at + needle.length).trimStart(), suffix);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return { start: hay.from[best.at]!, end: hay.from[best.at + needle.length - 1]! + 1 };
}
