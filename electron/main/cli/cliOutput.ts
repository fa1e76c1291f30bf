import { projectSummary } from '../../../shared/interchange/projectSummary';
import { groupHitsBySource } from '../../../shared/search/groupHits';
import type {
  ImportOutcome,
  SearchHit,
  SourceDetail,
  SourceSummary,
} from '../../../shared/api/types';

/** The JSON shapes the CLI promises; later issues may add fields, never rename or drop them. */
export const jsonShapes = {
  list: (sources: SourceSummary[]) =>
    sources.map(({ id, title, type, file, parent }) => ({
      id,
      title,
      type,
      file,
      ...(parent ? { parent } : {}),
    })),
  show: (s: SourceDetail) => ({
    id: s.id,
    title: s.title,
    type: s.type,
    metadata: s.metadata,
    passages: s.passages.map(({ id, text }) => ({ id, text })),
    sections: s.sections,
    captions: s.captions.map(({ text, credit }) => ({ text, credit })),
    comments: s.comments.map((c) => c.id),
    ...(s.parent ? { parent: s.parent.id } : {}),
  }),
  search: (hits: SearchHit[]) => ({
    hits: hits.map(({ sourceId, passageId, field, text, score }) => ({
      sourceId,
      passageId,
      field,
      text,
      score,
    })),
  }),
};

export function describeImport(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return `imported   ${outcome.source.title} (${outcome.source.id}, ${outcome.source.passageCount} passages) from ${outcome.file}${outcome.metadataFile ? `, metadata from ${outcome.metadataFile}` : ''}`;
    case 'duplicate':
      return `duplicate  ${outcome.file} is already in the library as "${outcome.title}" (${outcome.sourceId})`;
    case 'metadata':
      return `metadata   ${outcome.file}: ${outcome.updated.length} source${outcome.updated.length === 1 ? '' : 's'} updated, ${outcome.created.length} reference${outcome.created.length === 1 ? '' : 's'} added${outcome.setAside?.length ? `, ${outcome.setAside.length} set aside` : ''}${[...outcome.updated, ...outcome.created].map((s) => `\n           ${s.title} (${s.id})`).join('')}`;
    case 'project':
      return `project    ${projectSummary(outcome)}`;
    case 'failed':
      return `failed     ${outcome.reason}`;
  }
}

export function describeList(sources: SourceSummary[]): string {
  if (sources.length === 0) return 'The library is empty. Add files with: dossier import <paths…>';
  return sources
    .map((s) => `${s.id}  ${s.title}  (${s.passageCount} passages, ${s.file})`)
    .join('\n');
}

export function describeSource(source: SourceDetail): string {
  const lines = [source.title, `${source.id} · ${source.type} · ${source.file}`, ''];
  for (const p of source.passages) lines.push(`[${p.number}] ${p.text}`, '');
  return lines.join('\n').trimEnd();
}

export function describeHits(hits: SearchHit[]): string {
  if (hits.length === 0) return 'No passages match.';
  const lines: string[] = [];
  for (const group of groupHitsBySource(hits)) {
    lines.push(`${group.hits[0]?.sourceTitle ?? ''} (${group.sourceId})`);
    for (const hit of group.hits) {
      const snippet = hit.text.length > 160 ? `${hit.text.slice(0, 157)}…` : hit.text;
      lines.push(`  ${hit.passageId ?? hit.field}  ${snippet}`);
    }
  }
  return lines.join('\n');
}
