import * as z from 'zod/mini';
import { outcomes as builtInOutcomes } from '../brief/figureRules';

/**
 * The rules a writer adds to Dossier's own for one library: names search treats as one
 * (Bombay = Mumbai, Peking = Beijing: variants no spelling rule explains), and the outcome words
 * that group a brief's figures (what happened to what was counted). Kept beside the library in
 * rules.json; Dossier's own rules stay as they are and are shown beside them.
 */
export interface WriterRules {
  nameAliases: NameAlias[];
  /** The figure outcomes in use; absent: Dossier's own. */
  outcomes?: FigureOutcome[];
}

export interface NameAlias {
  /** The spelling searched as `to`, as written ("Bombay"). */
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
});

export const noWriterRules: WriterRules = { nameAliases: [] };

/** The outcome words in use: the writer's where they set them, else Dossier's own. */
export function figureOutcomes(rules: WriterRules): readonly FigureOutcome[] {
  return rules.outcomes ?? builtInOutcomes;
}

/**
 * Rules as the writer edits them, made consistent: one alias per spelling (the last given wins,
 * as in a list the writer just changed), outcome words in one group only (the first that names
 * them), no outcome twice.
 */
export function tidyRules(rules: WriterRules): WriterRules {
  const aliases = new Map<string, NameAlias>();
  for (const alias of rules.nameAliases) aliases.set(alias.from.toLowerCase(), alias);
  if (!rules.outcomes) return { nameAliases: [...aliases.values()] };
  const seenWords = new Set<string>();
  const seenOutcomes = new Set<string>();
  const outcomes: FigureOutcome[] = [];
  for (const { outcome, words } of rules.outcomes) {
    if (seenOutcomes.has(outcome.toLowerCase())) continue;
    seenOutcomes.add(outcome.toLowerCase());
    const own = words.filter((w) => !seenWords.has(w));
    own.forEach((w) => seenWords.add(w));
    if (own.length) outcomes.push({ outcome, words: own });
  }
  return { nameAliases: [...aliases.values()], outcomes };
}
