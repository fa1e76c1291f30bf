import { builtinStyles } from '../../shared/cite/citationStyles';
import { FORM_HINTS, sourceTypes } from '../../shared/model/metadataForm';
import { COMMAND_LABELS } from '../../shared/history/commandLabels';
import { ERROR_TEXTS } from '../../shared/api/errorWords';
import { KEY_USE_TEXTS } from '../../shared/cite/keyUseWords';
import { WARNING_TEXTS } from '../../shared/import/warningWords';
import { ASIDE_TEXTS } from '../../shared/annotations/asideWords';
import { RECORD_TEXTS } from '../../shared/model/recordWords';
import { CODEBOOK_TEXTS } from '../../shared/themes/codebookWords';
import { PROJECT_TEXTS } from '../../shared/interchange/projectWords';
import { REFERENCE_TEXTS } from '../../shared/import/referenceWords';
import { REFUSAL_PARTS, REFUSAL_TEXTS } from '../../shared/import/refusalWords';
import { CUE_SYNTAX } from '../../shared/themes/cueSyntax';
import { cuePacks } from '../../shared/themes/cuePacks';
import { nameRules, spellingRules } from '../../shared/search/fold/foldingRules';

/**
 * Words the window shows that shared/ defines, each through t(): the kinds of source, the
 * details form's hints, the built-in styles' names, what an undo step undid, why a file was not
 * imported, the codebook's rules, the cue packs, and what the readers set aside and why. shared/ stays
 * free of the catalogue.
 */
export function sharedCatalogueKeys(): string[] {
  return [
    ...sourceTypes.map((s) => s.label),
    ...Object.values(FORM_HINTS),
    ...Object.values(builtinStyles).map((s) => s.label),
    ...COMMAND_LABELS,
    ...ERROR_TEXTS,
    ...KEY_USE_TEXTS,
    ...WARNING_TEXTS,
    ...ASIDE_TEXTS,
    ...RECORD_TEXTS,
    ...CODEBOOK_TEXTS,
    ...PROJECT_TEXTS,
    ...REFERENCE_TEXTS,
    ...REFUSAL_TEXTS,
    ...REFUSAL_PARTS,
    ...CUE_SYNTAX,
    ...[...spellingRules, ...nameRules].map((rule) => rule.merges),
    ...cuePacks.flatMap((pack) => [pack.name, pack.description]),
  ];
}
