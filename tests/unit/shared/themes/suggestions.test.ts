import { plainFolder } from '../../../../shared/search/fold/folder';
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../../shared/model/source';
import type { Theme } from '../../../../shared/model/theme';
import { defaultCodebook } from '../../../../shared/model/defaultCodebook';
import { findSuggestions } from '../../../../shared/themes/suggestions';
import { labelledEvents, labelledSentences } from '../../../fixtures/labelled/labelledSet';
import { precision, recall, scoreSuggestions } from '../../../fixtures/labelled/suggestionScore';

const theme = (cues: string[]): Theme => ({
  id: 't',
  name: 't',
  color: '#000000',
  description: '',
  parentId: null,
  cues,
});

const oneParagraph = (text: string) =>
  ({ id: 's', passages: [{ id: 'p', start: 0, end: text.length }] }) as unknown as SourceRecord;

/** What each cue-bearing suggestion marks, for a one-paragraph text. */
function marked(text: string, cues: string[], home?: Set<string>): string[] {
  return findSuggestions(oneParagraph(text), text, [theme(cues)], [], [], plainFolder, home).map(
    (s) => text.slice(s.start, s.end),
  );
}

describe('cue matching', () => {
  it('matches whole words only', () => {
    expect(marked('The strikebreakers crossed the line.', ['strike'])).toEqual([]);
    expect(marked('The dockers went on strike.', ['strike'])).toEqual(['strike']);
  });

  it('matches a lower-case cue in its regular English forms', () => {
    expect(marked('Three strikers were killed.', ['strike'])).toEqual(['strikers']);
    expect(marked('Police killed three men.', ['kill'])).toEqual(['killed']);
    expect(marked('Casualties mounted.', ['casualty'])).toEqual(['Casualties']);
  });

  it('tells a name from a common word by its case', () => {
    expect(marked('Protests spread across western Kazakhstan.', ['Western'])).toEqual([]);
    expect(marked('Western governments condemned the crackdown.', ['Western'])).toEqual([
      'Western',
    ]);
    // A lower-case cue does not match inside a name, but does at a sentence's start.
    expect(marked('He joined the Strike Force in 2003.', ['strike'])).toEqual([]);
    expect(marked('Strike action began on Monday.', ['strike'])).toEqual(['Strike']);
    // A cue in capitals matches only capitals.
    expect(marked('The UN sent observers.', ['UN'])).toEqual(['UN']);
    expect(marked('An un-American act.', ['UN'])).toEqual([]);
  });

  it('matches a name in any spelling search folds together', () => {
    expect(marked('Qaddafi spoke on television.', ['Gaddafi'])).toEqual(['Qaddafi']);
    expect(marked('Токаев выступил с обращением.', ['Tokayev'])).toEqual(['Токаев']);
  });

  it('matches a phrase with a gap of a few words, in order, within a sentence', () => {
    expect(marked('Troops were quickly sent to the capital.', ['troops … sent'])).toEqual([
      'Troops were quickly sent',
    ]);
    expect(marked('Troops waited. Aid was sent later.', ['troops … sent'])).toEqual([]);
    expect(
      marked('Troops arrived in the north and east of the country and were sent home.', [
        'troops ... sent',
      ]),
    ).toEqual([]);
  });

  it('lets an excluding cue keep a word from matching where it is part of a phrase', () => {
    const cues = ['strike', '-air strike'];
    expect(marked('Air strikes hit the port.', cues)).toEqual([]);
    expect(marked('After the air strikes, dockers went on strike.', cues)).toEqual(['strike']);
  });

  it('finds another country than the one the source is about', () => {
    const text =
      'Somalia is at war. Somali forces lost ground. Ethiopian troops crossed into Somalia.';
    expect(marked(text, ['{another country}'])).toEqual(['Ethiopian']);
    expect(marked('Somali forces lost ground.', ['{another country}'], new Set(['SOM']))).toEqual(
      [],
    );
  });

  it('leaves a nationality that says where someone comes from or where a place lies', () => {
    const chile = new Set(['CHL']);
    const country = ['{another country}'];
    expect(marked('Many of the miners were Bolivian immigrants.', country, chile)).toEqual([]);
    expect(marked('The convoy waited at the Argentine border.', country, chile)).toEqual([]);
    expect(marked('A Peruvian-born engineer ran the drill.', country, chile)).toEqual([]);
    expect(marked('Argentine engineers flew in to help.', country, chile)).toEqual(['Argentine']);
  });

  it('carries the sentence that matched', () => {
    const text = 'The port was quiet. By noon the dockers were on strike. Ships waited.';
    const [s] = findSuggestions(oneParagraph(text), text, [theme(['strike'])], [], [], plainFolder);
    expect(text.slice(s!.sentence.start, s!.sentence.end)).toBe(
      'By noon the dockers were on strike.',
    );
  });
});

describe('how strongly a passage suggests a theme', () => {
  const strength = (text: string, cues: string[]) =>
    findSuggestions(oneParagraph(text), text, [theme(cues)], [], [], plainFolder)[0]?.strength;

  it('counts the distinct cues the passage holds, in any of its sentences', () => {
    const cues = ['strike', 'wage', 'union'];
    expect(strength('The dockers went on strike.', cues)).toBe(1);
    expect(strength('The union called a strike. Wages had not risen in years.', cues)).toBe(3);
    // The same cue twice is still one.
    expect(strength('A strike, then another strike.', cues)).toBe(1);
  });

  it('does not count a cue an excluding cue blocks', () => {
    expect(
      strength('The air strike hit the union office.', ['strike', 'union', '-air strike']),
    ).toBe(1);
  });
});

describe('the general codebook on sentences from sixteen other events', () => {
  // Hand-labelled sentences (tests/fixtures/labelled): the aim is precision ≥ 0.8 at
  // recall ≥ 0.6 per theme over the whole set.
  const events = labelledEvents();
  const sentences = labelledSentences();

  it('is labelled on at least 200 sentences from at least five events', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(200);
    expect(new Set(sentences.map((s) => s.event)).size).toBeGreaterThanOrEqual(5);
    for (const s of sentences) expect(events[s.event], s.event).toBeDefined();
  });

  const scores = scoreSuggestions(sentences, defaultCodebook());
  for (const themeId of ['labour', 'clans', 'foreign-involvement', 'casualties']) {
    it(`suggests ${themeId} with precision ≥ 0.8 and recall ≥ 0.6`, () => {
      const score = scores.get(themeId)!;
      expect(precision(score)).toBeGreaterThanOrEqual(0.8);
      expect(recall(score)).toBeGreaterThanOrEqual(0.6);
    });
  }
});
