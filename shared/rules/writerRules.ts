import * as z from 'zod/mini';

/**
 * The rules a writer adds to Dossier's own for one library: names search treats as one
 * (Salisbury = Harare, Canton = Guangzhou: variants no rule may assume), and the words a brief's
 * figures are read and grouped by. Kept beside the library in rules.json; Dossier's own rules
 * stay as they are and are shown beside them.
 */
export interface WriterRules {
  nameAliases: NameAlias[];
  /** The figure outcomes in use; absent: Dossier's own. */
  outcomes?: FigureOutcome[];
  /** Words kept with a figure's number ("upwards of"); absent: Dossier's own. */
  qualifiers?: string[];
  /** Amounts without a single value ("a handful", "scores"); absent: Dossier's own. */
  vagueAmounts?: string[];
  /** The CSL locale citations are made in ("de-DE"); absent: each style's own, else en-US. */
  citationLocale?: string;
}

export interface NameAlias {
  /** The spelling searched as `to`, as written ("Salisbury"). */
  from: string;
  to: string;
}

export interface FigureOutcome {
  outcome: string;
  words: string[];
}

const name = z.string().check(
  z.trim(),
  z.minLength(1, 'a name is empty'),
  z.maxLength(80, 'a name may be at most 80 characters'),
  // Search folds word by word: "Alma-Ata" is one word, "New Amsterdam" two.
  z.refine((s) => /^[^\s]+$/u.test(s), 'a name here is one word (hyphens allowed)'),
);
const word = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.minLength(1, 'a word is empty'),
  z.maxLength(40, 'a word may be at most 40 characters'),
  z.refine((s) => /^[\p{L}\p{N}'’-]+$/u.test(s), 'an outcome word is one word'),
);

/** A figure phrase as it is kept: single spaces, lower case ("Upwards  of" → "upwards of"). */
export const tidyPhrase = (phrase: string) => phrase.trim().replace(/\s+/g, ' ').toLowerCase();

// A phrase of figure rules: words set apart by single spaces, read before or as a number.
const phrase = z.string().check(
  z.overwrite(tidyPhrase),
  z.minLength(1, 'a phrase is empty'),
  z.maxLength(40, 'a phrase may be at most 40 characters'),
  z.refine(
    (s) => /^[\p{L}'’-]+( [\p{L}'’-]+)*$/u.test(s),
    'a phrase is words set apart by single spaces, without digits',
  ),
);
export const phraseListSchema = z.array(phrase).check(z.maxLength(200));

export const nameAliasSchema = z
  .strictObject({ from: name, to: name })
  .check(
    z.refine(
      (a) => a.from.toLowerCase() !== a.to.toLowerCase(),
      'a name cannot be searched as itself',
    ),
  );
export const figureOutcomeSchema = z.strictObject({
  outcome: z.string().check(z.trim(), z.minLength(1, 'an outcome needs a name'), z.maxLength(40)),
  words: z.array(word).check(z.minLength(1, 'an outcome needs a word'), z.maxLength(100)),
});
export const writerRulesSchema = z.strictObject({
  nameAliases: z.array(nameAliasSchema).check(z.maxLength(5000)),
  outcomes: z.optional(z.array(figureOutcomeSchema).check(z.maxLength(50))),
  qualifiers: z.optional(phraseListSchema),
  vagueAmounts: z.optional(phraseListSchema),
  citationLocale: z.optional(
    z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4}){0,2}$/u, 'a locale is a tag like de-DE')),
  ),
});

export const noWriterRules: WriterRules = { nameAliases: [] };

/**
 * Rules as the writer edits them, made consistent: one alias per spelling (the last given wins,
 * as in a list the writer just changed), outcome words in one group only (the first that names
 * them), no outcome and no phrase twice.
 */
export function tidyRules(rules: WriterRules): WriterRules {
  const aliases = new Map<string, NameAlias>();
  for (const alias of rules.nameAliases) aliases.set(alias.from.toLowerCase(), alias);
  const unique = (list: string[]) => [...new Set(list.map((p) => p.toLowerCase()))];
  return {
    nameAliases: [...aliases.values()],
    ...(rules.outcomes ? { outcomes: tidyOutcomes(rules.outcomes) } : {}),
    ...(rules.qualifiers ? { qualifiers: unique(rules.qualifiers) } : {}),
    ...(rules.vagueAmounts ? { vagueAmounts: unique(rules.vagueAmounts) } : {}),
    ...(rules.citationLocale ? { citationLocale: rules.citationLocale } : {}),
  };
}

function tidyOutcomes(given: readonly FigureOutcome[]): FigureOutcome[] {
  const seenWords = new Set<string>();
  const seenOutcomes = new Set<string>();
  const outcomes: FigureOutcome[] = [];
  for (const { outcome, words } of given) {
    if (seenOutcomes.has(outcome.toLowerCase())) continue;
    seenOutcomes.add(outcome.toLowerCase());
    const own = words.filter((w) => !seenWords.has(w));
    own.forEach((w) => seenWords.add(w));
    if (own.length) outcomes.push({ outcome, words: own });
  }
  return outcomes;
}
