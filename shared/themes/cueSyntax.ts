/** How a theme's cue words match, as the codebook's rules tell the writer. */
export const CUE_SYNTAX: readonly string[] = [
  'A cue in lower case (strike) matches the word and its regular forms (strikes, striking, strikers), at any place but inside a name.',
  'A capitalised cue (Western) matches only capitalised words; a cue in capitals (UN) only capitals.',
  'Names match in every spelling search folds together (Gaddafi, Qaddafi, Kadhafi).',
  'A phrase matches its words in order; "…" allows up to six words between (troops … sent).',
  'A cue starting with "-" stops the others where it matches (-air strike).',
  '{another country} matches any country or nationality but the one the source names most.',
];
