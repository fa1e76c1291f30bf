import { typeLabel } from '../../../shared/model/metadataForm';

/** Dossier's own kinds of source, as a writer says them. */
const KINDS: Record<string, string> = {
  article: 'Article',
  comment: 'Reader comment',
  reference: 'Reference (no text)',
};

/** A source's kind or CSL type in words ("Magazine article"), never a raw id. */
export function kindLabel(type: string): string {
  return (
    typeLabel(type) ??
    KINDS[type] ??
    `${type.charAt(0).toUpperCase()}${type.slice(1).replace(/-/g, ' ')}`
  );
}
