import type { PassageView, SourceDetail, SourceSummary } from '../../../shared/api/types';
import type { SourceRecord } from '../../../shared/model/source';

export function toSummary(source: SourceRecord): SourceSummary {
  return {
    id: source.id,
    title: source.title,
    type: source.type,
    file: source.file,
    importedAt: source.importedAt,
    passageCount: source.passages.length,
  };
}

export function passageViews(source: SourceRecord, text: string): PassageView[] {
  return source.passages.map((p, i) => ({
    id: p.id,
    number: i + 1,
    text: text.slice(p.start, p.end),
  }));
}

export function toDetail(source: SourceRecord, text: string): SourceDetail {
  return {
    id: source.id,
    title: source.title,
    type: source.type,
    file: source.file,
    importedAt: source.importedAt,
    metadata: source.metadata,
    passages: passageViews(source, text),
  };
}
