import type { CslMetadata } from '../../model/source';
import { bylineNames } from '../bylineNames';
import { datelineDate } from '../datelineDate';

/** The date and authors a pasted page's credit lines state, under its headline. */
export function creditedMetadata(credits: readonly string[], byline: string | null): CslMetadata {
  // The date it was published, before the date it was last changed.
  const updated = (line: string) =>
    /updated|modified|mis à jour|aktualisiert|actualizado/iu.test(line);
  const issued = [...credits.filter((c) => !updated(c)), ...credits.filter(updated)]
    .map(datelineDate)
    .find(Boolean);
  const authors = byline ? bylineNames(byline) : [];
  return {
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    ...(authors.length ? { author: authors } : {}),
  };
}
