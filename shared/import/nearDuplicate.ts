import { textKey } from '../text/textKey';
import type { SourceRecord } from '../model/source';

/**
 * The paragraphs that identify a text: its longest few. Copies of one page share them whatever
 * furniture came along; the keys are hashed by the caller and kept with the source.
 */
export function fingerprintParagraphs(paragraphs: readonly string[], count = 4): string[] {
  return [...new Set(paragraphs.map(textKey).filter((p) => p.length >= 40))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .slice(0, count);
}

/** Sources a new text could be another copy of: one of its identifying paragraphs is theirs. */
export function duplicateCandidates(
  sources: readonly SourceRecord[],
  fingerprint: readonly string[],
): SourceRecord[] {
  const wanted = new Set(fingerprint);
  return sources.filter(
    (s) => !s.parentId && (s.fingerprint ?? []).some((hash) => wanted.has(hash)),
  );
}

/**
 * The share of a new text's paragraphs that another text also has, word for word (case and
 * punctuation aside). The same article pasted twice with different site furniture shares nearly
 * all of them; two articles under one headline share few.
 */
export function sharedParagraphs(paragraphs: readonly string[], other: readonly string[]): number {
  const theirs = new Set(other.map(textKey).filter(Boolean));
  const ours = paragraphs.map(textKey).filter(Boolean);
  if (ours.length === 0) return 0;
  return ours.filter((p) => theirs.has(p)).length / ours.length;
}
