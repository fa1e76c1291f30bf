import type { SourceRecord } from '../../shared/model/source';
import type { Theme } from '../../shared/model/theme';
import { findSuggestions } from '../../shared/themes/suggestions';
import { labelledEvents, type LabelledSentence } from '../../tests/fixtures/labelled/labelledSet';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export const precision = (s: Score) =>
  s.truePositives + s.falsePositives ? s.truePositives / (s.truePositives + s.falsePositives) : 1;
export const recall = (s: Score) =>
  s.truePositives + s.falseNegatives ? s.truePositives / (s.truePositives + s.falseNegatives) : 1;

/** The themes the codebook's cues suggest for one sentence, read as a one-passage source. */
export function suggestedThemes(
  text: string,
  themes: readonly Theme[],
  home: ReadonlySet<string>,
): string[] {
  const source = {
    id: 'labelled',
    passages: [{ id: 'p1', start: 0, end: text.length }],
  } as unknown as SourceRecord;
  return [...new Set(findSuggestions(source, text, themes, [], [], home).map((s) => s.themeId))];
}

/** Per theme, how the suggestions compare with the labels. */
export function scoreSuggestions(
  sentences: readonly LabelledSentence[],
  themes: readonly Theme[],
  misses?: (sentence: LabelledSentence, themeId: string, kind: 'missed' | 'wrong') => void,
): Map<string, Score> {
  const events = labelledEvents();
  const scores = new Map(
    themes.map((t) => [t.id, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  for (const sentence of sentences) {
    // Each sentence stands alone, so its source's own country is given: the event's.
    const home = new Set([events[sentence.event]!.country]);
    const suggested = suggestedThemes(sentence.text, themes, home);
    for (const [themeId, score] of scores) {
      const labelled = sentence.themes.includes(themeId);
      const found = suggested.includes(themeId);
      if (labelled && found) score.truePositives++;
      else if (found) {
        score.falsePositives++;
        misses?.(sentence, themeId, 'wrong');
      } else if (labelled) {
        score.falseNegatives++;
        misses?.(sentence, themeId, 'missed');
      }
    }
  }
  return scores;
}
