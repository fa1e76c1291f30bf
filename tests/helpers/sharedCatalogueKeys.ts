import { builtinStyles } from '../../shared/cite/citationStyles';
import { FORM_HINTS, sourceTypes } from '../../shared/model/metadataForm';
import { COMMAND_LABELS } from '../../shared/history/commandLabels';

/**
 * Words the window shows that shared/ defines, each through t(): the kinds of source, the
 * details form's hints, the built-in styles' names and what an undo step undid. shared/ stays
 * free of the catalogue.
 */
export function sharedCatalogueKeys(): string[] {
  return [
    ...sourceTypes.map((s) => s.label),
    ...Object.values(FORM_HINTS),
    ...Object.values(builtinStyles).map((s) => s.label),
    ...COMMAND_LABELS,
  ];
}
