import type { CslMetadata, SourceRecord } from '../model/source';

/**
 * The CSL-JSON item a source is cited as: its metadata, with Dossier's id. Nothing is invented:
 * a title Dossier made from a file name is not the source's title, so it is not cited as one.
 */
export function toCslItem(source: SourceRecord): CslMetadata & { id: string; type: string } {
  const { id: _ignored, ...metadata } = source.metadata as CslMetadata & { id?: unknown };
  const type = typeof metadata.type === 'string' && metadata.type ? metadata.type : 'article';
  return { ...metadata, id: source.id, type };
}
