import { findFigures, type FoundFigure } from '../../shared/brief/findFigures';
import type { Tagger } from '../../shared/brief/partsOfSpeech';
import type { LabelledSentence } from '../../tests/fixtures/labelled/labelledSet';

/** A noun as the labels and the rules may both write it: lower case, without a plural -s. */
export const nounKey = (noun: string) =>
  noun
    .toLowerCase()
    .replace(/(ies)$/, 'y')
    .replace(/(s|es)$/, '');

/** Where a labelled figure's number stands in its sentence (its n-th occurrence). */
function labelSpan(text: string, number: string, occurrence = 1): [number, number] {
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(number, at + 1);
  if (at === -1) throw new Error(`“${number}” is not in: ${text}`);
  return [at, at + number.length];
}

export interface FigureScore {
  found: number;
  labelled: number;
  /** Found figures whose number and noun match a label. */
  right: number;
}

/** Figures found in each sentence, compared with its (number, noun) labels. */
export function scoreFigures(
  sentences: readonly LabelledSentence[],
  tag: Tagger,
  miss?: (sentence: LabelledSentence, kind: 'wrong' | 'missed', what: string) => void,
): FigureScore {
  const score = { found: 0, labelled: 0, right: 0 };
  for (const sentence of sentences) {
    const found = findFigures(sentence.text, tag);
    const labels = sentence.figures.map(([number, noun, occurrence]) => ({
      span: labelSpan(sentence.text, number, occurrence),
      noun,
      number,
    }));
    score.found += found.length;
    score.labelled += labels.length;
    const matches = (f: FoundFigure, l: (typeof labels)[number]) =>
      f.start < l.span[1] && l.span[0] < f.end && nounKey(f.noun) === nounKey(l.noun);
    for (const f of found) {
      if (labels.some((l) => matches(f, l))) score.right++;
      else miss?.(sentence, 'wrong', `${f.value} → ${f.noun}`);
    }
    for (const l of labels)
      if (!found.some((f) => matches(f, l))) miss?.(sentence, 'missed', `${l.number} → ${l.noun}`);
  }
  return score;
}
