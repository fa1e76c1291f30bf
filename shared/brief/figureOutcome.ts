/** What happened to what a figure counts, told by the outcome words near it. */
import { OUTCOME_WINDOW } from './figureRules';
import { isNoun } from './countedNoun';
import type { TaggedWord } from './partsOfSpeech';

/**
 * The nearest word in the sentence that says what happened (killed, arrested…), and its kind;
 * not past a semicolon, colon, parenthesis or dash, where another statement begins.
 */
export function outcomeNear(
  text: string,
  words: readonly TaggedWord[],
  first: number,
  at: number,
  sentence: number,
  groups: readonly { outcome: string; words: readonly string[] }[],
): { outcome: string; word: string } | null {
  // "Two crashes … killed 346 people": the crashes did it; the outcome is the object's.
  const agentOf = (k: number) =>
    k > at &&
    /^(killed|injured|wounded|arrested|detained|displaced|evacuated)$/i.test(words[k]!.text) &&
    !/^(was|were|is|are|been|be|being|got|get)$/i.test(words[k - 1]?.text ?? '') &&
    words.slice(k + 1, k + 5).some((w) => w.tags.has('Value'));
  // "the deaths of at least three children": the outcome the figure is "of".
  const opening = words[first - 1];
  if (/^of$/i.test(opening?.text ?? '') && first - 2 >= 0) {
    const owner = words[first - 2]!.text.toLowerCase();
    const group = groups.find((o) => o.words.includes(owner));
    if (group) return { outcome: group.outcome, word: owner };
  }
  const barrier = (a: TaggedWord, b: TaggedWord) => /[;:()—–]/.test(text.slice(a.end, b.start));
  const open = { ahead: true, back: true };
  // "At least 106 protesters in 21 cities have been killed": counted from the noun onwards.
  const reach = OUTCOME_WINDOW + (words[at + 1] && isNoun(words[at + 1]!) ? 1 : 0);
  for (let d = 0; d <= reach; d++) {
    for (const [i, way] of [
      [at + d, 'ahead'],
      [at - d, 'back'],
    ] as const) {
      const word = words[i];
      if (!word || word.sentence !== sentence || !open[way]) continue;
      if (way === 'back' && d > OUTCOME_WINDOW) continue;
      const inner = words[way === 'ahead' ? i - 1 : i + 1];
      if (
        d > 0 &&
        inner &&
        barrier(way === 'ahead' ? inner : word, way === 'ahead' ? word : inner)
      ) {
        open[way] = false;
        continue;
      }
      const found = groups.find((o) => o.words.includes(word.text.toLowerCase()));
      // "26 cases and 11 deaths": the deaths are the other number's noun.
      if (found && i > at + 1 && words[i - 1]?.tags.has('Value')) {
        open[way] = false;
        continue;
      }
      if (found && agentOf(i)) {
        open[way] = false;
        continue;
      }
      // "missing the 4.8 percent gain": the verb "to miss", not people missing.
      if (
        found &&
        /^missing$/i.test(word.text) &&
        /^(the|a|an|its|their|out)$/i.test(words[i + 1]?.text ?? '')
      )
        continue;
      if (found) return { outcome: found.outcome, word: word.text.toLowerCase() };
    }
  }
  return null;
}
