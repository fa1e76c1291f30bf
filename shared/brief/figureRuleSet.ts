import type { FigureOutcome, WriterRules } from '../rules/writerRules';
import {
  outcomes as builtInOutcomes,
  qualifiers as builtInQualifiers,
  vagueAmounts as builtInVagueAmounts,
} from './figureRules';

/** The rules that find and group a brief's figures, as far as the writer may change them. */
export interface FigureRuleSet {
  outcomes: readonly FigureOutcome[];
  qualifiers: readonly string[];
  vagueAmounts: readonly string[];
}

export const builtInFigureRules: FigureRuleSet = {
  outcomes: builtInOutcomes,
  qualifiers: builtInQualifiers,
  vagueAmounts: builtInVagueAmounts,
};

/** The figure rules in use: each list the writer's where they set it, else Dossier's own. */
export function figureRulesInUse(rules: WriterRules): FigureRuleSet {
  return {
    outcomes: rules.outcomes ?? builtInOutcomes,
    qualifiers: rules.qualifiers ?? builtInQualifiers,
    vagueAmounts: rules.vagueAmounts ?? builtInVagueAmounts,
  };
}
