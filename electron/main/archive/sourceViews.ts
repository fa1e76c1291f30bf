import type { PassageView, SourceDetail, SourceSummary } from '../../../shared/api/types';
import type { SourceRecord } from '../../../shared/model/source';

function identity({ id, title, type, file, importedAt }: SourceRecord) {
  return { id, title, type, file, importedAt };
}

export function toSummary(source: SourceRecord): SourceSummary {
  return { ...identity(source), passageCount: source.passages.length };
}

export function passageViews(source: SourceRecord, text: string): PassageView[] {
  return source.passages.map((p, i) => ({
    id: p.id,
    number: i + 1,
    text: text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
  }));
}

export function toDetail(source: SourceRecord, text: string): SourceDetail {
  return {
    ...identity(source),
    metadata: source.metadata,
    passages: passageViews(source, text),
    note: source.note ?? '',
  };
}
