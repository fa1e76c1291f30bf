/**
 * What a percentage or a sum of money is of, read from the sentence the way a reader does:
 * the noun it stands before ("a 15 percent tariff"), the noun after "of"/"in"/"worth of"
 * ("15 per cent of shares", "$2 billion in cash reserves"), the noun before "of" ("revenue of
 * $27.5 billion"), the noun a change verb moves ("expand the fleet by 30%") or the subject of a
 * change or a level ("New vehicle sales in the Houston area plunged 10 percent").
 */
import type { TaggedWord } from './partsOfSpeech';

/** Verbs and words that say a quantity changed or stood at a level. */
const CHANGE =
  /^(rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|grown|increased|increases|increasing|decreased|decreases|declined|declines|declining|dropped|drops|dropping|plunged|plunges|slumped|climbed|climbs|jumped|jumps|gained|gains|lost|loses|slid|slides|slipped|soared|surged|tumbled|dipped|shrank|shrunk|weakened|strengthened|stood|stands|stayed|remained|averaged|averages|reached|reaches|hit|hits|hitting|totalled|totaled|totals|amounted|amounts|cost|valued|closed|ended|finished|traded|slashed|cut|cuts|boosted|raised|lowered|reduced|expanded|doubled|tripled|halved|represented|representing|accounted|accounting|estimated|put|numbered|up|down|off)$/i;
/** Auxiliaries and copulas: a subject stands right before them. */
const AUXILIARY =
  /^(is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did)$/i;
/** Verbs after which a new clause (and its subject) begins. */
const REPORTING =
  /^(said|says|say|told|tells|reported|reports|announced|announces|wrote|writes|noted|notes|added|adds|estimated|estimates|expects|expected|believes|sees|showed|shows|found|finds)$/i;
const PREPOSITION =
  /^(in|on|at|of|for|from|with|near|across|among|within|throughout|during|since|inside|outside|between|per)$/i;
const BOUNDARY =
  /^(and|but|while|whereas|although|though|as|because|that|which|who|whom|where|when|if|so|or)$/i;
/** Words between a figure and what moves it: "rose slightly by", "was down about". */
const LINKING = /^(by|at|to|from|below|above|under|over|just|only|still|even|about|around)$/i;
const DETERMINER =
  /^(the|a|an|its|their|his|her|our|my|your|this|that|these|those|some|all|each|every|any)$/i;
const PRONOUN = /^(it|they|he|she|we|i|you|them|him|her|us|this|that|there|who|which)$/i;
/** Nouns that say when, not what: "10 percent last month". */
const TIME_NOUN =
  /^(day|days|week|weeks|month|months|year|years|quarter|quarters|decade|decades|today|yesterday|tomorrow|time|period|date)$/i;

const lower = (w: TaggedWord | undefined) => w?.text.toLowerCase() ?? '';

/** Nouns of change: "a 25% rise in the minimum wage" is a share of the wage. */
const CHANGE_NOUN =
  /^(rise|rises|increase|increases|fall|falls|drop|drops|cut|cuts|hike|hikes|gain|gains|decline|declines|jump|jumps|reduction|reductions|raise|raises|boost|surge|slump|dip|climb|growth|decrease|decreases|markup|discount)$/i;

/** A word that can stand in a noun phrase: a noun, adjective, possessive or number in a name. */
function isPhraseWord(
  w: TaggedWord | undefined,
  before: TaggedWord | undefined,
  after?: TaggedWord,
): boolean {
  if (!w) return false;
  const text = lower(w);
  // "Fuel prices rose": the tagger reads a sentence's first word as a verb of command.
  const opening = !before || before.sentence !== w.sentence;
  if (
    opening &&
    /^\p{Lu}/u.test(w.text) &&
    after?.tags.has('Noun') &&
    after.sentence === w.sentence
  )
    return !PRONOUN.test(text) && !DETERMINER.test(text) && !PREPOSITION.test(text);
  // "per-share earnings", "comparable-store sales": the parts of a compound modifier.
  if (w.tags.has('Hyphenated') && !w.tags.has('Value')) return true;
  if (text === 'worth') return false;
  if (PREPOSITION.test(text) || AUXILIARY.test(text) || BOUNDARY.test(text)) return false;
  if (PRONOUN.test(text) || DETERMINER.test(text) || CHANGE.test(text) || REPORTING.test(text))
    return false;
  if (w.tags.has('Noun') || w.tags.has('Adjective') || w.tags.has('Possessive')) return true;
  // "cannabis use", "sales growth", "new financed vehicles": the tagger's verbs inside a phrase.
  if (w.tags.has('Verb') && before && (before.tags.has('Noun') || before.tags.has('Adjective')))
    return !w.tags.has('PastTense') && !w.tags.has('Gerund');
  return w.tags.has('Value') && !!before && /^\p{Lu}/u.test(before.text);
}

const isHead = (w: TaggedWord) =>
  !w.tags.has('Date') && !TIME_NOUN.test(w.text) && !w.tags.has('Pronoun') && !w.tags.has('Value');

/** The phrase as a table shows it: without its determiner, at most four words. */
const phraseText = (words: readonly TaggedWord[]) =>
  words
    .filter((w) => !DETERMINER.test(w.text) && !w.tags.has('Adverb') && !w.tags.has('Date'))
    .slice(-4)
    .map((w) => w.text)
    .join(' ');

/** The noun phrase that starts at `from`, read forwards; null when no noun heads it. */
function phraseAfter(words: readonly TaggedWord[], from: number): TaggedWord[] | null {
  let i = from;
  while (words[i] && DETERMINER.test(words[i]!.text)) i++;
  const phrase: TaggedWord[] = [];
  for (
    ;
    words[i] && (isPhraseWord(words[i], words[i - 1]) || CHANGE_NOUN.test(lower(words[i])));
    i++
  ) {
    if (words[i]!.sentence !== words[from]!.sentence) break;
    phrase.push(words[i]!);
    if (words[i]!.punctuated) break;
  }
  // The head is the last noun: "pure oxygen", "cash reserves"; an adjective alone heads nothing.
  while (
    phrase.length &&
    !phrase.at(-1)!.tags.has('Noun') &&
    !phrase.at(-1)!.tags.has('Verb') &&
    !CHANGE_NOUN.test(phrase.at(-1)!.text)
  )
    phrase.pop();
  return phrase.length && isHead(phrase.at(-1)!) ? phrase : null;
}

/**
 * The noun phrase that ends at `to`, read backwards, and the index of the word before it (and
 * before its determiner: "in the past week" is a preposition and a phrase).
 */
function phraseBefore(
  words: readonly TaggedWord[],
  to: number,
): { phrase: TaggedWord[]; before: number } {
  const phrase: TaggedWord[] = [];
  let i = to;
  for (; i >= 0 && isPhraseWord(words[i], words[i - 1], words[i + 1]); i--) {
    if (i < to && words[i]!.punctuated) break;
    phrase.unshift(words[i]!);
  }
  // "a new truck or SUV": one phrase of two nouns.
  if (phrase.length && /^(and|or)$/i.test(lower(words[i])) && words[i - 1]?.tags.has('Noun')) {
    const more: { phrase: TaggedWord[]; before: number } = phraseBefore(words, i - 1);
    if (more.phrase.length) return { phrase: [...more.phrase, ...phrase], before: more.before };
  }
  if (phrase.length && i >= 0 && DETERMINER.test(words[i]!.text) && !words[i]!.punctuated) i--;
  return { phrase, before: i };
}

/**
 * The subject (or the object) a change word or a level speaks of, walking back from `from`:
 * past linking words, verbs of change and auxiliaries, and prepositional phrases
 * ("in the Houston area"), to a noun phrase that opens its clause.
 */
function movedPhrase(words: readonly TaggedWord[], from: number): TaggedWord[] | null {
  const sentence = words[from + 1]?.sentence ?? words[from]?.sentence;
  let i = from;
  let sawVerb = false;
  // "the efficiency of the devices to rise from 23%": what is to change stands before "to".
  let infinitive = false;
  for (let steps = 0; i >= 0 && steps < 30 && words[i]!.sentence === sentence; steps++) {
    const w = words[i]!;
    const text = lower(w);
    if (w.punctuated && i < from && !sawVerb) return null;
    if (
      LINKING.test(text) ||
      CHANGE.test(text) ||
      AUXILIARY.test(text) ||
      w.tags.has('Adverb') ||
      w.tags.has('QuestionWord') ||
      /^(who|which|that)$/i.test(text)
    ) {
      if (text === 'to' && CHANGE.test(lower(words[i + 1])) && i + 1 <= from) infinitive = true;
      sawVerb ||= CHANGE.test(text) || AUXILIARY.test(text);
      i--;
      continue;
    }
    // "has fluctuated and currently is estimated at": two verbs of one subject.
    if (sawVerb && /^(and|or)$/.test(text) && words[i - 1]?.tags.has('Verb')) {
      i--;
      continue;
    }
    const { phrase, before } = phraseBefore(words, i);
    if (!phrase.length) {
      // Inside the subject: a verb that is not a change ("sold locally", "who have reported
      // using"), a pronoun of a relative clause ("the number who said they had used"), a year.
      const inside =
        (w.tags.has('Verb') && (!REPORTING.test(text) || sawVerb)) ||
        (w.tags.has('Pronoun') && sawVerb) ||
        (w.tags.has('Value') && PREPOSITION.test(lower(words[i - 1])));
      if (sawVerb && inside) {
        i -= w.tags.has('Value') ? 2 : 1;
        continue;
      }
      return null;
    }
    const previous = words[before];
    const previousText = lower(previous);
    // "expand the Emirates fleet by 30%", "a reduction in solar module costs from $0.23": the
    // thing moved stands right before "by" or "from" ("the efficiency of the devices from 23%":
    // the efficiency).
    const moved = (!sawVerb && /^(by|from)$/i.test(lower(words[i + 1]))) || infinitive;
    if (moved) {
      if (previousText === 'of') {
        const owner = phraseBefore(words, before - 1).phrase;
        if (owner.length && isHead(owner.at(-1)!)) return owner;
      }
      return isHead(phrase.at(-1)!) ? phrase : null;
    }
    // "in the Houston area", "on Tuesday": a prepositional phrase; what moved stands before it.
    if (previous && previous.sentence === sentence && PREPOSITION.test(previousText)) {
      i = before - 1;
      continue;
    }
    if (!sawVerb && !moved) return null;
    const relative = /^(who|which|that)$/i.test(lower(words[before - 1]));
    const opens =
      !previous ||
      previous.sentence !== sentence ||
      previous.punctuated ||
      BOUNDARY.test(previousText) ||
      REPORTING.test(previousText) ||
      (AUXILIARY.test(previousText) && !relative);
    if (opens) {
      const head = phrase.at(-1)!;
      return isHead(head) ? phrase : null;
    }
    // A verb's object inside the subject: keep walking back.
    i = before;
  }
  return null;
}

/** What a bare number stands for: "the crowd was no more than 128,000", "ratings of 999". */
export function levelOf(words: readonly TaggedWord[], first: number): string | undefined {
  if (lower(words[first - 1]) === 'of') {
    const { phrase } = phraseBefore(words, first - 2);
    if (phrase.length && isHead(phrase.at(-1)!) && !phrase.at(-1)!.tags.has('Adjective'))
      return phrase.at(-1)!.text;
  }
  // Only a level: "is 218", "was no more than 128,000", "is estimated at around 40,000".
  let verb = first - 1;
  if (/^(at|to)$/i.test(lower(words[verb]))) verb--;
  if (
    !/^(is|was|are|were|be|been|stood|stands|totalled|totaled|totals|numbered|numbers|reached|estimated|put|remained|stayed)$/i.test(
      lower(words[verb]),
    )
  )
    return undefined;
  const moved = movedPhrase(words, first - 1);
  return moved?.at(-1)?.text;
}

export interface MeasureContext {
  words: readonly TaggedWord[];
  /** The first and last word of the figure, its qualifier included. */
  first: number;
  last: number;
}

/** What the percentage or sum of money between `first` and `last` is of, if the sentence says. */
export function measuredThing(
  { words, first, last }: MeasureContext,
  money: boolean,
): string | undefined {
  let next = last + 1;
  // "a [0.6% to 0.7%] hurricane headwind": past the range's second figure.
  if (/^(to|and)$/i.test(lower(words[next])) && words[next + 1]?.tags.has('Value')) {
    next += 2;
    while (/^(percent|per|cent|%)$/i.test(lower(words[next]))) next++;
  }
  const direct = words[last]!.punctuated ? null : phraseAfter(words, next);
  if (direct) {
    // "a 25% rise in the minimum wage": the rise is of what follows it.
    const end = words.indexOf(direct.at(-1)!);
    if (CHANGE_NOUN.test(lower(direct.at(-1))) && /^(in|of)$/i.test(lower(words[end + 1]))) {
      const changed = phraseAfter(words, end + 2);
      if (changed) return phraseText(changed);
    }
    return phraseText(direct);
  }
  const after = lower(words[next]);
  const open = !words[last]!.punctuated;
  // "15 per cent of shares", "$360 billion worth of goods".
  const ofFrom =
    after === 'of'
      ? next + 1
      : after === 'worth' && lower(words[next + 1]) === 'of'
        ? next + 2
        : -1;
  const ofPhrase = open && ofFrom > 0 ? phraseAfter(words, ofFrom) : null;
  if (ofPhrase) return phraseText(ofPhrase);
  // "a loss of $304.7 million", "growth of 1.8 percent", "a budget request for $22.6bn".
  let before = first - 1;
  while (/^(up|down|just|only|by)$/i.test(lower(words[before]))) before--;
  if (lower(words[before]) === 'of' || (money && lower(words[before]) === 'for')) {
    const { phrase } = phraseBefore(words, before - 1);
    if (phrase.length && isHead(phrase.at(-1)!)) return phraseText(phrase);
  }
  // "$2 billion in cash reserves", "$2.6 billion on its contracts", "Rs 300 for fresh air".
  if (open && money && /^(in|on|for)$/.test(after)) {
    const phrase = phraseAfter(words, next + 1);
    if (phrase) return phraseText(phrase);
  }
  const moved = movedPhrase(words, first - 1);
  return moved ? phraseText(moved) : undefined;
}
