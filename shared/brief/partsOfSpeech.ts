/** A word of a text with its parts of speech, as the tagger gives them. */
export interface TaggedWord {
  text: string;
  start: number;
  end: number;
  /** compromise's tags: Noun, Plural, Adjective, Verb, Preposition, Determiner, Value… */
  tags: ReadonlySet<string>;
  /** Which sentence of the text the word is in. */
  sentence: number;
  /** Whether punctuation follows the word (a phrase ends there). */
  punctuated: boolean;
}

export type Tagger = (text: string) => TaggedWord[];

interface CompromiseTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * compromise (an English part-of-speech tagger) loaded on first use: it costs a few hundred
 * milliseconds to load, which only the figures of a brief need.
 */
export async function loadTagger(): Promise<Tagger> {
  const { default: nlp } = await import('compromise');
  return (text) => {
    const sentences = nlp(text).json({ offset: true }) as { terms: CompromiseTerm[] }[];
    return sentences.flatMap((sentence, i) =>
      // compromise splits a range ("400–500") into the range and two empty terms: skip those.
      sentence.terms
        .filter((term) => term.text)
        .map((term) => ({
          text: term.text,
          start: term.offset.start,
          end: term.offset.start + term.offset.length,
          tags: new Set(term.tags),
          sentence: i,
          punctuated: /[,;:.!?()"“”]/.test(term.post),
        })),
    );
  };
}
