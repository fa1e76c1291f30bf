import { matchSource } from '../import/matchSource';
import { personName } from '../import/personName';
import type { SourceRecord } from '../model/source';
import type { ForeignWork } from './foreignAnnotation';

/** A title as compared: no case, accents or punctuation, and no subtitle after a colon. */
function mainTitle(title: string): string {
  return title
    .split(/[:：]|\s[-–—]\s/u)[0]!
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function familyNames(names: readonly string[]): Set<string> {
  return new Set(
    names.map((n) => {
      const name = personName(n);
      return (name.family ?? name.literal ?? '').toLowerCase();
    }),
  );
}

/**
 * The library's source a highlighted work is: the same URL or full title (as a bibliographic
 * record is matched), else the same main title (Kindle adds "30th Anniversary Edition" and
 * series names) by an author of the same family name. Reader comments are never the work.
 */
export function matchWork(
  sources: readonly SourceRecord[],
  work: ForeignWork,
): SourceRecord | undefined {
  const exact = matchSource(sources, {
    title: work.title,
    ...(work.url ? { URL: work.url } : {}),
  });
  if (exact && !exact.parentId) return exact;
  const title = mainTitle(work.title);
  if (title.length < 4) return undefined;
  const authors = familyNames(work.authors);
  return sources.find((s) => {
    if (s.parentId) return false;
    if (mainTitle(String(s.metadata.title ?? s.title)) !== title) return false;
    const theirs = (s.metadata.author ?? []).map((a) =>
      (a.family ?? a.literal ?? '').toLowerCase(),
    );
    // Both name authors: one must be the same; else the title alone decides.
    return !authors.size || !theirs.length || theirs.some((f) => authors.has(f));
  });
}
