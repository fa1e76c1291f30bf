import { writerRulesSchema, type WriterRules } from '../rules/writerRules';
import { atomic, same } from './syncChanges';
import { plain } from './syncShape';

/**
 * A library's own rules (rules.json: name aliases for search, the words figures are read by) as
 * the shared document carries them: one value per field, so two writers changing different
 * fields both keep theirs, and the same field set two ways is a conflict like any other.
 */

export const RULE_FIELDS = [
  'nameAliases',
  'outcomes',
  'qualifiers',
  'vagueAmounts',
  'citationLocale',
] as const;
type RuleField = (typeof RULE_FIELDS)[number];

/** The rules as the document holds them (absent fields: Dossier's own). */
export function rulesOfDoc(rules: Record<string, unknown> | undefined): Partial<WriterRules> {
  const out: Record<string, unknown> = {};
  for (const field of RULE_FIELDS)
    if (rules?.[field] !== undefined) out[field] = plain(rules[field]);
  return out as Partial<WriterRules>;
}

/** Writes into the document's rules the fields the writer changed since `base`. */
export function writeLocalRules(
  d: Record<string, unknown>,
  base: Partial<WriterRules>,
  local: WriterRules,
): RuleField[] {
  const changed: RuleField[] = [];
  for (const field of RULE_FIELDS) {
    if (same(plain(base[field] ?? null), plain(local[field] ?? null))) continue;
    changed.push(field);
    if (local[field] === undefined) delete d[field];
    else d[field] = atomic(plain(local[field]));
  }
  return changed;
}

/**
 * The library's rules after a round: the merged document's value of every field that changed on
 * either side. `onlyTheirs` (a reader's replica) keeps its own value of a field the others left
 * as it was. Answers null when nothing changes, or why the merged rules cannot be used.
 */
export function mergedRules(
  base: Partial<WriterRules>,
  merged: Partial<WriterRules>,
  local: WriterRules,
  onlyTheirs: boolean,
): { rules: WriterRules } | { unusable: string } | null {
  const next: Record<string, unknown> = { ...local };
  let changes = false;
  for (const field of RULE_FIELDS) {
    const theirs = merged[field];
    if (same(plain(theirs ?? null), plain(local[field] ?? null))) continue;
    if (onlyTheirs && same(plain(theirs ?? null), plain(base[field] ?? null))) continue;
    changes = true;
    if (theirs === undefined) delete next[field];
    else next[field] = theirs;
  }
  if (!changes) return null;
  if (next.nameAliases === undefined) next.nameAliases = [];
  const checked = writerRulesSchema.safeParse(next);
  if (!checked.success)
    return {
      unusable: `${checked.error.issues[0]?.path.join('.') ?? ''}: ${checked.error.issues[0]?.message ?? ''}`,
    };
  return { rules: checked.data };
}
