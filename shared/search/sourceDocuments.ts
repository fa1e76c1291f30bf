import { nameText } from '../model/nameText';
import type { SourceRecord } from '../model/source';
import type { IndexDoc } from './index/searchIndex';

function captionDocuments(source: SourceRecord): [IndexDoc, string][] {
  return (source.captions ?? []).map((caption) => {
    const before = source.passages.find((p) => p.start >= caption.position);
    return [{ sourceId: source.id, passageId: before?.id ?? null, field: 'caption' }, caption.text];
  });
}

export const metadataFields: readonly IndexDoc['field'][] = ['title', 'author', 'site', 'key'];

/**
 * A source's title, authors, site and citation key: searchable, and changed when the writer edits
 * them.
 */
export function metadataDocuments(source: SourceRecord): [IndexDoc, string][] {
  const docs: [IndexDoc, string][] = [];
  const meta = (field: IndexDoc['field'], value: string | undefined) => {
    if (value?.trim()) docs.push([{ sourceId: source.id, passageId: null, field }, value]);
  };
  meta('title', source.title);
  meta('author', (source.metadata.author ?? []).map(nameText).join('; '));
  const site = [source.metadata['container-title'], source.metadata.publisher].filter(
    (v): v is string => typeof v === 'string',
  );
  meta('site', site.join('; '));
  const key = source.metadata['citation-key'];
  if (typeof key === 'string') meta('key', key);
  return docs;
}

/** What of a source's content is searchable: each passage and its captions. */
export function contentDocuments(source: SourceRecord, text: string): [IndexDoc, string][] {
  const passages: [IndexDoc, string][] = source.passages.map((p) => [
    { sourceId: source.id, passageId: p.id, field: 'passage' },
    text.slice(p.start, p.end),
  ]);
  return [...passages, ...captionDocuments(source)];
}

/** What of a source is searchable: each passage, its captions, and its title, authors and site. */
export function sourceDocuments(source: SourceRecord, text: string): [IndexDoc, string][] {
  return [...contentDocuments(source, text), ...metadataDocuments(source)];
}

/**
 * The text a document stands for, given its source's text. Called for every hit shown, so a
 * passage is sliced directly rather than by building all of the source's documents.
 */
export function documentText(source: SourceRecord, text: string, doc: IndexDoc): string {
  if (doc.field === 'passage') {
    const passage = source.passages.find((p) => p.id === doc.passageId);
    return passage ? text.slice(passage.start, passage.end) : '';
  }
  return (
    [...captionDocuments(source), ...metadataDocuments(source)].find(
      ([d]) => d.field === doc.field && d.passageId === doc.passageId,
    )?.[1] ?? ''
  );
}
