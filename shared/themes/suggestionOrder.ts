/** A passage's suggestions as the reader offers them: the strongest few, the rest on request. */
export interface OfferedSuggestions<T> {
  shown: T[];
  /** Left out until the writer asks to see all of them. */
  more: number;
}

/** How many suggestions a paragraph shows before "Show all". */
export const SUGGESTIONS_SHOWN = 2;

/**
 * Strongest first (the most of the theme's cues in the passage); ties keep the order given,
 * which is the codebook's. A long article suggests dozens of themes; a few per paragraph can be
 * read, and the rest stay one press away.
 */
export function offeredSuggestions<T extends { strength: number }>(
  suggestions: readonly T[],
  all: boolean,
  few = SUGGESTIONS_SHOWN,
): OfferedSuggestions<T> {
  const ranked = suggestions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.strength - a.s.strength || a.i - b.i)
    .map(({ s }) => s);
  const shown = all ? ranked : ranked.slice(0, few);
  return { shown, more: ranked.length - shown.length };
}
