/** Where a quote stands in its source, as a citation locates it. */
export interface PassagePlace {
  /** 1-based paragraph number. */
  paragraph: number;
  /** The printed page, for paginated sources. */
  page?: number;
}

/** The place of the passage holding `offset`, or null where no place in the work is known. */
export function passagePlace(
  passages: readonly { start: number; end: number; page?: number; quoted?: boolean }[],
  offset: number | null,
): PassagePlace | null {
  if (offset === null) return null;
  const index = passages.findIndex((p) => p.start <= offset && offset < p.end);
  const passage = passages[index];
  // A quote from another reader has no paragraph of the work to name.
  if (!passage || (passage.quoted && !passage.page)) return null;
  return { paragraph: index + 1, ...(passage.page ? { page: passage.page } : {}) };
}

/** "p. 12" where the source has pages, else "para. 3", as APA and Chicago allow. */
export function placeLabel(place: PassagePlace): string {
  return place.page ? `p. ${place.page}` : `para. ${place.paragraph}`;
}
