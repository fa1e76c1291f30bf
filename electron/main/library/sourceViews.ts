import type { PassageView, SourceDetail } from '../../../shared/api/types';
import { sourceIdentity } from '../../../shared/model/sourceSummary';
import type { SourceRecord } from '../../../shared/model/source';

export { toSummary } from '../../../shared/model/sourceSummary';

export function passageViews(source: SourceRecord, text: string): PassageView[] {
  return source.passages.map((p, i) => ({
    id: p.id,
    number: i + 1,
    text: text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    ...(p.page ? { page: p.page } : {}),
    ...(p.quoted ? { quoted: true } : {}),
  }));
}

/** The first passage at or after an offset: where a heading or a figure belongs. */
function passageFrom(source: SourceRecord, offset: number): string | null {
  return source.passages.find((p) => p.start >= offset)?.id ?? null;
}

/** `family` holds the comments under this source and the article above it (more does no harm). */
export function toDetail(
  source: SourceRecord,
  text: string,
  family: readonly Pick<SourceRecord, 'id' | 'title' | 'parentId'>[],
): Omit<SourceDetail, 'highlights'> {
  const sections = (source.sections ?? []).map((s, i, list) => {
    const end = list[i + 1]?.start ?? Number.POSITIVE_INFINITY;
    return {
      heading: s.heading,
      passages: source.passages.filter((p) => p.start >= s.end && p.start < end).map((p) => p.id),
    };
  });
  const parent = source.parentId ? family.find((s) => s.id === source.parentId) : undefined;
  return {
    ...sourceIdentity(source),
    metadata: source.metadata,
    passages: passageViews(source, text),
    note: source.note ?? '',
    ...(source.noteBy && source.note ? { noteWriter: source.noteBy } : {}),
    sections,
    ...(source.chapters ? { chapters: source.chapters } : {}),
    captions: (source.captions ?? []).map(({ text: caption, credit, alt, position }) => ({
      text: caption,
      credit,
      alt,
      beforePassage: passageFrom(source, position),
    })),
    comments: family
      .filter((s) => s.parentId === source.id)
      .map((s) => ({ id: s.id, title: s.title })),
    parent: parent ? { id: parent.id, title: parent.title } : null,
    removed: source.removed ?? [],
    ...(source.quotesOf ? { quotesOf: source.quotesOf } : {}),
  };
}
