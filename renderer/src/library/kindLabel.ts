import { k } from '../i18n/catalogueKey';
import { typeLabel } from '../../../shared/model/metadataForm';
import { i18n } from '../i18n/i18n';

/** Dossier's own kinds of source, as a writer says them: catalogue keys. */
export const KINDS: Record<string, string> = {
  article: k('Article'),
  comment: k('Reader comment'),
  reference: k('Reference (no text)'),
};

/** A source's kind or CSL type in words ("Magazine article"), never a raw id, in the window's language. */
export function kindLabel(type: string): string {
  const known = typeLabel(type) ?? KINDS[type];
  if (known) return i18n.t(known);
  // A CSL type Dossier has no word for ("thesis"): its id made readable.
  return `${type.charAt(0).toUpperCase()}${type.slice(1).replace(/-/g, ' ')}`;
}
