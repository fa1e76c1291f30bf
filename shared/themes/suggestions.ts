import type { DismissedSuggestion, Highlight, Theme } from '../model/theme';
import type { SourceRecord } from '../model/source';
import type { Folder } from '../search/fold/folder';
import { tokenize } from '../search/tokenize';
import { sentenceSpans, type Span } from '../text/sentenceAround';
import { countryMentions, homeCountries } from './countryMentions';
import {
  compileCue,
  excludedWords,
  matchCue,
  type CuePattern,
  type SentenceWord,
} from './cuePatterns';

export interface Suggestion {
  passageId: string;
  themeId: string;
  /** The cue as the theme lists it, and where the text says it (offsets in the source's text). */
  cue: string;
  start: number;
  end: number;
  /** The sentence that matched: what accepting the suggestion tags. */
  sentence: Span;
  /**
   * How many of the theme's cues the passage holds: a paragraph naming strikes, wages and unions
   * says more of labour than one that says "workers" once.
   */
  strength: number;
}

/** The sentences of a span of text, each with its words, offsets in the whole text. */
export function sentencesOf(
  text: string,
  span: Span,
  folder: Folder,
): { sentence: Span; words: SentenceWord[] }[] {
  return sentenceSpans(text, span).map((sentence) => {
    const tokens = tokenize(text.slice(sentence.start, sentence.end), folder).filter(
      (t) => !t.compound,
    );
    const words = tokens.map((t, i) => ({
      ...t,
      start: sentence.start + t.start,
      end: sentence.start + t.end,
      surface: text.slice(sentence.start + t.start, sentence.start + t.end),
      sentenceStart: i === 0,
    }));
    return { sentence, words };
  });
}

export function compileThemeCues(themes: readonly Theme[], folder: Folder) {
  return themes.map((theme) => ({
    theme,
    patterns: theme.cues
      .map((cue) => compileCue(cue, folder))
      .filter((p): p is CuePattern => p !== null),
  }));
}

/**
 * Passages whose sentences hold a theme's cues, matched as cuePatterns describes (whole words,
 * case-aware, regular English forms, names in any spelling). Nothing is tagged here: the writer
 * accepts or dismisses. A passage already holding a highlight of the theme, or a dismissed
 * suggestion, is skipped. One suggestion per passage and theme: the first cue, in the theme's
 * order, that a sentence of the passage holds.
 */
export function findSuggestions(
  source: SourceRecord,
  text: string,
  themes: readonly Theme[],
  highlights: readonly Highlight[],
  dismissed: readonly DismissedSuggestion[],
  /** How the library folds words: cues and text alike, by its own name aliases too. */
  folder: Folder,
  /** The countries the source is about; by default, the one its text names most. */
  home?: ReadonlySet<string>,
): Suggestion[] {
  const compiled = compileThemeCues(themes, folder);
  const needsHome = compiled.some(({ patterns }) => patterns.some((p) => p.anotherCountry));
  const own =
    home ??
    (needsHome
      ? homeCountries(sentencesOf(text, { start: 0, end: text.length }, folder).map((s) => s.words))
      : new Set<string>());
  const suggestions: Suggestion[] = [];
  for (const passage of source.passages) {
    const open = compiled.filter(({ theme }) => {
      const tagged = highlights.some(
        (h) =>
          h.sourceId === source.id &&
          h.themeIds.includes(theme.id) &&
          h.anchor.start < passage.end &&
          h.anchor.end > passage.start,
      );
      const turnedDown = dismissed.some(
        (d) => d.sourceId === source.id && d.passageId === passage.id && d.themeId === theme.id,
      );
      return !tagged && !turnedDown && theme.cues.length > 0;
    });
    if (!open.length) continue;
    const sentences = sentencesOf(text, passage, folder);
    for (const { theme, patterns } of open) {
      const found = firstMatch(sentences, patterns, own);
      if (found) suggestions.push({ passageId: passage.id, themeId: theme.id, ...found });
    }
  }
  return suggestions;
}

function matchIn(
  words: readonly SentenceWord[],
  pattern: CuePattern,
  home: ReadonlySet<string>,
  blocked: ReadonlySet<number>,
): [number, number] | null {
  if (pattern.exclude) return null;
  if (!pattern.anotherCountry) return matchCue(words, pattern, blocked);
  const foreign = countryMentions(words).find((m) => !home.has(m.country));
  return foreign ? [foreign.first, foreign.last] : null;
}

/** The first cue, in the theme's order, that the passage holds, and how many of its cues it holds. */
function firstMatch(
  sentences: ReturnType<typeof sentencesOf>,
  patterns: readonly CuePattern[],
  home: ReadonlySet<string>,
): Omit<Suggestion, 'passageId' | 'themeId'> | null {
  const blocked = sentences.map(({ words }) => excludedWords(words, patterns));
  const where = (pattern: CuePattern) => {
    for (const [i, { sentence, words }] of sentences.entries()) {
      const at = matchIn(words, pattern, home, blocked[i]!);
      if (at)
        return { cue: pattern.cue, start: words[at[0]]!.start, end: words[at[1]]!.end, sentence };
    }
    return null;
  };
  const held = patterns.map(where).filter((m) => m !== null);
  const first = held[0];
  return first ? { ...first, strength: new Set(held.map((m) => m.cue)).size } : null;
}
