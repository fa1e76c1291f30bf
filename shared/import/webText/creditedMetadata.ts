import type { CslMetadata } from '../../model/source';
import { bylineNames } from '../bylineNames';
import { datelineDate } from '../datelineDate';

const updated = (line: string) =>
  /updated|modified|mis à jour|aktualisiert|actualizado/iu.test(line);

/** Credit lines with the date it was published before the date it was last changed. */
export function publishedFirst(credits: readonly string[]): string[] {
  return [...credits.filter((c) => !updated(c)), ...credits.filter(updated)];
}

/** The date and authors a pasted page's credit lines state, under its headline. */
export function creditedMetadata(credits: readonly string[], byline: string | null): CslMetadata {
  const issued = publishedFirst(credits).map(datelineDate).find(Boolean);
  const authors = byline ? bylineNames(byline) : [];
  return {
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    ...(authors.length ? { author: authors } : {}),
  };
}
