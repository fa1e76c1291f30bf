import { boundedEditDistance } from '../../../shared/search/index/editDistance';

/**
 * The one known word a mistyped one most likely meant: within a third of its length in edits
 * (at least one; a swapped pair is one), or the only known word it begins. Undefined when none is
 * close, or two are equally close: a wrong guess misleads more than none.
 */
export function closestWord(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const max = Math.max(1, Math.floor(word.length / 3));
  let best: string[] = [];
  let bestDistance = max + 1;
  for (const candidate of known) {
    const distance = boundedEditDistance(word, candidate.toLowerCase(), max);
    if (distance < bestDistance) [best, bestDistance] = [[candidate], distance];
    else if (distance === bestDistance) best.push(candidate);
  }
  if (best.length === 1) return best[0];
  if (best.length > 1) return undefined;
  const begun = word.length >= 3 ? known.filter((k) => k.startsWith(word)) : [];
  return begun.length === 1 ? begun[0] : undefined;
}

/** " Did you mean X?" for a sentence's end, or nothing. */
export function didYouMean(typed: string, known: readonly string[], show = (w: string) => w) {
  const closest = closestWord(typed, known);
  return closest === undefined ? '' : ` Did you mean ${show(closest)}?`;
}
