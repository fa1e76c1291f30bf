import type { Locator } from './locator';

/** Where a quote stands in its source, as a citation locates it. */
export interface PassagePlace {
  /** 1-based paragraph number in the whole text. */
  paragraph: number;
  /** The printed page, for paginated sources. */
  page?: number;
  /** The chapter, as the book numbers it, and the paragraph's number within that chapter. */
  chapter?: { label: string; paragraph: number };
}

type Placed = { start: number; end: number; page?: number; quoted?: boolean };

/**
 * The place of the passage holding `offset`, or null where no place in the work is known.
 * `chapters` (a book's, where each starts) place it in its chapter too.
 */
export function passagePlace(
  passages: readonly Placed[],
  offset: number | null,
  chapters: readonly { label: string; start: number }[] = [],
): PassagePlace | null {
  if (offset === null) return null;
  const index = passages.findIndex((p) => p.start <= offset && offset < p.end);
  const passage = passages[index];
  // A quote from another reader has no paragraph of the work to name.
  if (!passage || (passage.quoted && !passage.page)) return null;
  const chapter = chapters.findLast((c) => c.start <= passage.start);
  // A part the book does not number (a preface, an epilogue) is placed in the whole text.
  const first = chapter?.label ? passages.findIndex((p) => p.start >= chapter.start) : -1;
  return {
    paragraph: index + 1,
    ...(passage.page ? { page: passage.page } : {}),
    ...(chapter?.label && first >= 0
      ? { chapter: { label: chapter.label, paragraph: index - first + 1 } }
      : {}),
  };
}

/** "p. 12" where the source has pages, "chap. 3, para. 4" in a book's chapter, else "para. 3". */
export function placeLabel(place: PassagePlace): string {
  if (place.page) return `p. ${place.page}`;
  if (place.chapter) return `chap. ${place.chapter.label}, para. ${place.chapter.paragraph}`;
  return `para. ${place.paragraph}`;
}

/** The place as CSL's locator: the style then writes "chap." or "Chapter", "p." or "page". */
export function placeLocator(place: PassagePlace): Locator {
  if (place.page) return { locator: String(place.page), label: 'page' };
  if (place.chapter)
    return {
      locator: `${place.chapter.label}, para. ${place.chapter.paragraph}`,
      label: 'chapter',
    };
  return { locator: String(place.paragraph), label: 'paragraph' };
}
