import type { DismissedSuggestion, Highlight, Theme } from '../model/theme';
import type { SourceRecord } from '../model/source';
import { keysOf, tokenize, type Token } from '../search/tokenize';

export interface Suggestion {
  passageId: string;
  themeId: string;
  /** The cue as the theme lists it, and where the text says it (offsets in the source's text). */
  cue: string;
  start: number;
  end: number;
}

/** Cue words of five letters or more also match their longer forms (worker → workers). */
const PREFIX_FROM = 5;

function wordMatches(token: Token, key: string): boolean {
  return (
    token.key === key ||
    (key.length >= PREFIX_FROM && token.key.startsWith(key)) ||
    (token.stems?.includes(key) ?? false)
  );
}

/** Where a cue first occurs among a passage's words, as [first, last] word indexes. */
function findCue(words: Token[], cueKeys: string[]): [number, number] | null {
  for (let i = 0; i + cueKeys.length <= words.length; i++) {
    if (cueKeys.every((key, k) => wordMatches(words[i + k]!, key)))
      return [i, i + cueKeys.length - 1];
  }
  return null;
}

/**
 * Passages whose words include a theme's cues, folded as search folds them (so "Жанаозен" or
 * "Tokaev" cues meet every spelling). Nothing is tagged here: the writer accepts or dismisses.
 * A passage already holding a highlight of the theme, or a dismissed suggestion, is skipped.
 */
export function findSuggestions(
  source: SourceRecord,
  text: string,
  themes: readonly Theme[],
  highlights: readonly Highlight[],
  dismissed: readonly DismissedSuggestion[],
): Suggestion[] {
  const cues = themes.map((theme) => ({
    theme,
    cues: theme.cues.map((cue) => ({ cue, keys: keysOf(cue) })).filter((c) => c.keys.length > 0),
  }));
  const suggestions: Suggestion[] = [];
  for (const passage of source.passages) {
    const words = tokenize(text.slice(passage.start, passage.end)).filter((t) => !t.compound);
    for (const { theme, cues: themeCues } of cues) {
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
      if (tagged || turnedDown) continue;
      for (const { cue, keys } of themeCues) {
        const at = findCue(words, keys);
        if (!at) continue;
        suggestions.push({
          passageId: passage.id,
          themeId: theme.id,
          cue,
          start: passage.start + words[at[0]]!.start,
          end: passage.start + words[at[1]]!.end,
        });
        break;
      }
    }
  }
  return suggestions;
}
