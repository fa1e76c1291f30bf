/**
 * The noun a number counts, read from the parts of speech after it ("1,134 garment workers",
 * "89 of the 217 seats"), and the numbers that name a model instead ("its 737 Max jet").
 */
import type { TaggedWord } from './partsOfSpeech';
import { isUnitWord } from './figureUnits';

const DETERMINER = /^(the|its|their|his|her|our|these|those)$/i;
/** Nouns that count in the singular: "200 personnel", "5,000 police", "12 freight". */
export const COLLECTIVE =
  /^(personnel|police|staff|people|cattle|livestock|troops|crew|freight|fish|sheep|deer|aircraft|offspring|series|species|youth|militia|infantry|clergy|poultry|cavalry|artillery|manpower|workforce)$/i;
// Tagged as nouns by the tagger, they stand for no one counted: "for seventeen days nobody knew".
const INDEFINITE =
  /^(nobody|somebody|anybody|everybody|no-one|someone|anyone|everyone|nothing|something|anything|everything)$/i;

export const isNoun = (w: TaggedWord) =>
  w.tags.has('Noun') &&
  !w.tags.has('Pronoun') &&
  !w.tags.has('Possessive') &&
  !INDEFINITE.test(w.text);
/** "737 Max jet", "Hong Kong dollar": after a name, the tagger may read the noun as a verb. */
const nounAfterName = (
  w: TaggedWord,
  before: TaggedWord | undefined,
  after: TaggedWord | undefined,
) =>
  w.tags.has('Infinitive') &&
  !w.tags.has('Auxiliary') &&
  !!before?.tags.has('ProperNoun') &&
  !before.tags.has('Plural') &&
  !before.punctuated &&
  (w.punctuated || !after || after.tags.has('Preposition') || after.tags.has('Verb'));
/** Words the tagger may read as adjectives that open a phrase of their own: "cases against". */
const PREPOSITION_WORD =
  /^(against|among|amongst|despite|during|except|including|inside|outside|near|versus|via|than)$/i;
const isParticiple = (w: TaggedWord) => w.tags.has('Gerund') || w.tags.has('PastTense');
const isModifier = (w: TaggedWord, next: TaggedWord | undefined, first: boolean) =>
  (!PREPOSITION_WORD.test(w.text) && (w.tags.has('Adjective') || isNoun(w))) ||
  // "two highly critical reports": an adverb before the adjective it grades.
  (w.tags.has('Adverb') && !!next?.tags.has('Adjective') && !w.punctuated) ||
  // "two striking miners", "5,000 armed men": a participle right after the number, before a
  // noun, describes it ("two years hearing evidence" is a verb after the phrase).
  (first && isParticiple(w) && !w.punctuated && next !== undefined && isNoun(next));

interface Counted {
  noun: string;
  /** Read from an adjective standing as a noun ("50,000 wounded"), not from a noun. */
  adjective: boolean;
}

/**
 * The noun a number counts: the head of the noun phrase after it ("1,134 garment workers" →
 * workers), or after "of" ("dozens of the wounded" → wounded, "89 of the 217 seats" → seats);
 * a word used as a noun at the end of the phrase counts ("50,000 wounded").
 */
export function countedNoun(words: readonly TaggedWord[], from: number): Counted | null {
  let i = from;
  // "a million or more Uighurs": the hedge stands between the number and its noun.
  if (
    /^or$/i.test(words[i]?.text ?? '') &&
    /^(more|so|fewer|less)$/i.test(words[i + 1]?.text ?? '')
  )
    i += 2;
  let afterOf = false;
  if (words[i]?.text.toLowerCase() === 'of') {
    afterOf = true;
    i++;
    // "hundreds of them": the noun is in another sentence.
    if (/^(them|us|you|whom|which)$/i.test(words[i]?.text ?? '')) return null;
    // "of the state's school districts", "of WeWork's 12,000 employees", "of Boeing 's jets":
    // past the owner.
    for (;;) {
      const word = words[i];
      if (word && (DETERMINER.test(word.text) || word.tags.has('Possessive'))) i++;
      else if (word?.tags.has('ProperNoun') && /^['’]?s$/.test(words[i + 1]?.text ?? '')) i += 2;
      else break;
    }
    if (words[i]?.tags.has('Value') && words[i + 1] && isNoun(words[i + 1]!)) i++;
  }
  let head: TaggedWord | null = null;
  let last: TaggedWord | null = null;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    // A weekday or a month closes the phrase: "30 Boeing jets Wednesday"; so does an age's
    // "old" ("14 years old").
    if (last && (word.tags.has('WeekDay') || word.tags.has('Month'))) break;
    if (last && /^old$/i.test(word.text)) break;
    // "400 737 Max jets", "the embattled 737 Max jet": a model number inside the phrase.
    const model =
      word.tags.has('Value') && /^\p{Lu}/u.test(next?.text ?? '') && /\d/.test(word.text);
    // "its Hong Kong shares.": a plural the tagger read as a verb, closing the phrase.
    const plural =
      (last === null || (isModifier(last, word, false) && !last.tags.has('Plural'))) &&
      (word.punctuated || !next || (!isNoun(next) && !next.tags.has('Determiner'))) &&
      word.tags.has('PresentTense') &&
      /[^s]s$/.test(word.text);
    // "of the accused": after "of", a participle stands for the people it describes.
    const asNoun = afterOf && last === null && isParticiple(word);
    const named = last !== null && nounAfterName(word, last, next);
    // "maintenance and cleaning workers", "military and diplomatic files": one phrase.
    if (
      last &&
      /^(and|or)$/i.test(word.text) &&
      !last.punctuated &&
      !last.tags.has('Plural') &&
      next &&
      !next.tags.has('Value') &&
      (next.tags.has('Adjective') ||
        next.tags.has('Gerund') ||
        (isNoun(next) && !next.punctuated && !!words[i + 2] && isNoun(words[i + 2]!)))
    ) {
      last = word;
      continue;
    }
    if (!asNoun && !model && !plural && !named && !isModifier(word, next, last === null)) break;
    last = word;
    if (isNoun(word) || asNoun || plural || named) head = word;
    if (word.punctuated) break;
  }
  const noun = head ?? (last?.tags.has('Adjective') ? last : null);
  return noun ? { noun: noun.text.replace(/['’]s?$/, ''), adjective: noun !== head } : null;
}

/** "the number of people killed … is 164": the noun "the number of" names before the figure. */
export function numberOfNoun(words: readonly TaggedWord[], at: number, sentence: number) {
  for (let i = at - 2; i > 0 && words[i]!.sentence === sentence; i--) {
    if (/^of$/i.test(words[i]!.text) && /^number$/i.test(words[i - 1]!.text))
      return countedNoun(words, i);
  }
  return null;
}

/**
 * "its popular 737 Max jet": digits before a capitalised name whose noun is in the singular name
 * a model; "30 Boeing jets" (a plural) counts.
 */
export function isModelNumber(
  numeral: string,
  words: readonly TaggedWord[],
  from: number,
  opens: boolean,
) {
  if (!/^\d+$/.test(numeral) || Number(numeral) < 2 || opens) return false;
  if (!/^\p{Lu}/u.test(words[from]?.text ?? '') || words[from]!.tags.has('Date')) return false;
  if (isUnitWord(words[from]!.text)) return false;
  let head: TaggedWord | undefined;
  for (let i = from; i < from + 5; i++) {
    const word = words[i];
    const inName = !!words[i - 1]?.tags.has('Hyphenated') && i > from;
    if (!word || (word.tags.has('Date') && !inName)) break;
    const named = i > from && nounAfterName(word, words[i - 1], words[i + 1]);
    // "the 1967 Six-Day War": a hyphenated number inside the name.
    if (word.tags.has('Value') && word.tags.has('Hyphenated')) continue;
    if (!isNoun(word) && !named && !inName) break;
    // "30 Boeing jets": a plural in the phrase, so the number counts.
    if (word.tags.has('Plural')) return false;
    head = word;
    if (word.punctuated) break;
  }
  return (
    !!head &&
    head !== words[from] &&
    (head.tags.has('Singular') ||
      nounAfterName(head, words[words.indexOf(head) - 1], words[words.indexOf(head) + 1])) &&
    !COLLECTIVE.test(head.text)
  );
}
