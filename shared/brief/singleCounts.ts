/**
 * A casualty of one is a figure too: "a civilian was killed", "a police officer died",
 * "killing a protester". English writes that one with "a", which the number pattern does not
 * read, so it is found from the outcome word.
 */
import type { TaggedWord } from './partsOfSpeech';

export interface SingleCount {
  start: number;
  end: number;
  noun: string;
  outcome: string;
  word: string;
}

/** Outcome words that need no agent: "a man died", "a child is missing". */
const INTRANSITIVE = /^(died|dies|perished|disappeared|fled|dead|missing|unaccounted)$/i;
/** Verbs between a one and what happened to it: "was killed", "has been detained". */
const AUXILIARY = /^(was|is|has|had|been|being|got|remains|remained)$/i;
/** Heads that are amounts, not people: "a number of", "a handful". */
const AMOUNT =
  /^(number|lot|total|few|dozen|handful|series|wave|majority|minority|third|quarter|half)$/i;

const isOne = (w: TaggedWord | undefined) => !!w && /^(a|an|one)$/i.test(w.text);
const isPhraseWord = (w: TaggedWord | undefined) =>
  !!w &&
  (w.tags.has('Noun') || w.tags.has('Adjective')) &&
  !w.tags.has('Pronoun') &&
  !w.tags.has('Value') &&
  !w.tags.has('Date');

/** The one-word-to-three noun phrase "a police officer" ending at `end`, read backwards. */
function oneBefore(words: readonly TaggedWord[], end: number) {
  let i = end;
  while (i > end - 3 && isPhraseWord(words[i]) && !words[i - 1]?.punctuated) i--;
  if (i === end || !isOne(words[i])) return null;
  return { first: i, head: words[end]! };
}

/** The noun phrase "a protester" starting at `from`, read forwards. */
function oneAfter(words: readonly TaggedWord[], from: number) {
  if (!isOne(words[from])) return null;
  let i = from + 1;
  let head: TaggedWord | undefined;
  for (; i < from + 4 && isPhraseWord(words[i]); i++) {
    if (words[i]!.tags.has('Noun')) head = words[i];
    if (words[i]!.punctuated) break;
  }
  return head ? { first: from, head } : null;
}

/** Each "a"/"one" a sentence says was killed, injured, arrested, detained, went missing or fled. */
export function singleCounts(
  words: readonly TaggedWord[],
  groups: readonly { outcome: string; words: readonly string[] }[],
): SingleCount[] {
  const counts: SingleCount[] = [];
  words.forEach((word, k) => {
    const lower = word.text.toLowerCase();
    const group = groups.find((g) => g.words.includes(lower));
    if (!group) return;
    let end = k - 1;
    while (AUXILIARY.test(words[end]?.text ?? '') && end > k - 3) end--;
    const passive = end < k - 1;
    const before = passive || INTRANSITIVE.test(lower) ? oneBefore(words, end) : null;
    const after = before ? null : oneAfter(words, k + 1);
    const found = before ?? after;
    if (!found || AMOUNT.test(found.head.text) || found.head.sentence !== word.sentence) return;
    counts.push({
      start: words[found.first]!.start,
      end: found.head.end,
      noun: found.head.text,
      outcome: group.outcome,
      word: lower,
    });
  });
  return counts;
}
