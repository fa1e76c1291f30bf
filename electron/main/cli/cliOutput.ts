import { projectSummary } from '../../../shared/api/projectSummary';
import { highlightsSummary, marksSummary } from '../../../shared/api/highlightsSummary';
import { oneLine } from './terminalText';
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
    sources.map(({ id, title, type, file, parent, authors, site, date }) => ({
      id,
      title,
      type,
      file,
      ...(parent ? { parent } : {}),
      ...(authors ? { authors } : {}),
      ...(site ? { site } : {}),
      ...(date ? { date } : {}),
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
    removed: s.removed,
    ...(s.note ? { note: s.note } : {}),
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
      return `imported   ${oneLine(outcome.source.title)} (${outcome.source.id}, ${outcome.source.passageCount} passages) from ${oneLine(outcome.file)}${outcome.metadataFile ? `, metadata from ${oneLine(outcome.metadataFile)}` : ''}${outcome.marks ? `; ${oneLine(marksSummary(outcome.marks))}` : ''}`;
    case 'duplicate':
      return `duplicate  ${oneLine(outcome.file)} is already in the library as "${oneLine(outcome.title)}" (${outcome.sourceId})${outcome.marks ? `; ${oneLine(marksSummary(outcome.marks))}` : ''}`;
    case 'metadata':
      return `metadata   ${oneLine(outcome.file)}: ${outcome.updated.length} source${outcome.updated.length === 1 ? '' : 's'} updated, ${outcome.created.length} reference${outcome.created.length === 1 ? '' : 's'} added${outcome.setAside?.length ? `, ${outcome.setAside.length} set aside` : ''}${[...outcome.updated, ...outcome.created].map((s) => `\n           ${oneLine(s.title)} (${s.id})`).join('')}`;
    case 'project':
      return `project    ${projectSummary(outcome)}`;
    case 'highlights':
      return `highlights ${oneLine(highlightsSummary(outcome))}`;
    case 'failed':
      return `failed     ${oneLine(outcome.reason)}`;
  }
}

export function describeList(sources: SourceSummary[]): string {
  if (sources.length === 0) return 'The library is empty. Add files with: dossier import <paths…>';
  return sources
    .map((s) => {
      // Who, where and when, as a writer recognises a source; the file only when nothing says.
      const credit = [s.authors?.join(', '), s.site, s.date]
        .filter(Boolean)
        .map((v) => oneLine(v!));
      const known = credit.length ? credit.join(' · ') : oneLine(s.file);
      return `${s.id}  ${oneLine(s.title)}  (${known}; ${s.passageCount} passages)`;
    })
    .join('\n');
}

export function describeSource(source: SourceDetail): string {
  const lines = [
    oneLine(source.title),
    `${source.id} · ${source.type} · ${oneLine(source.file)}`,
    ...keyLine(source),
    '',
  ];
  for (const p of source.passages) lines.push(`[${p.number}] ${p.text}`, '');
  // Imports write there what they could not place: the CLI's "listed in its note" points here.
  if (source.note) lines.push('Note:', ...source.note.split('\n').map((l) => `  ${l}`), '');
  if (source.removed.length) {
    lines.push(
      `Left out on import (${source.removed.length}; put back with dossier reread ${source.id} --put-back N):`,
    );
    source.removed.forEach((line, i) => lines.push(`  ${i + 1}. ${oneLine(line)}`));
  }
  return lines.join('\n').trimEnd();
}

/** The key a citation uses, and a word when the details now make another. */
function keyLine(source: SourceDetail): string[] {
  const key = source.metadata['citation-key'];
  if (typeof key !== 'string' || !key) return [];
  const fresh = source.keyState?.fresh;
  return [
    `citation key ${key}${fresh ? ` (its details now make ${fresh}: see dossier key ${source.id})` : ''}`,
  ];
}

/** A source's key, why it stays, and what its details would make it. */
export function describeKey(source: SourceDetail): string {
  const key = source.metadata['citation-key'];
  if (typeof key !== 'string' || !key) return `${oneLine(source.title)} has no citation key.`;
  const state = source.keyState;
  const lines = [key];
  if (state?.uses.length) lines.push('used:', ...state.uses.map((use) => `  ${oneLine(use)}`));
  if (state?.fresh)
    lines.push(
      `its details now make ${state.fresh}; dossier key ${source.id} --refresh takes it${state.uses.length ? ' (update where it was used)' : ''}`,
    );
  return lines.join('\n');
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
