import type { CslMetadata, SourceRecord } from '../model/source';

/**
 * The CSL-JSON item a source is cited as: its metadata, with Dossier's id. Nothing is invented:
 * a title Dossier made from a file name is not the source's title, so it is not cited as one.
 */
export function toCslItem(
  source: SourceRecord,
  parent?: SourceRecord,
): CslMetadata & { id: string; type: string } {
  const { id: _ignored, ...metadata } = source.metadata as CslMetadata & { id?: unknown };
  const type = typeof metadata.type === 'string' && metadata.type ? metadata.type : 'article';
  return { ...(parent ? commentOn(metadata, parent) : metadata), id: source.id, type };
}

/**
 * A reader comment is cited as the manuals cite one: "[Comment on the article “…”]" (APA 7,
 * 10.1), "Comment on the article “…”" in Chicago, with the article's site and address, read from
 * the article's details as they are now. A genre or site the writer set on the comment wins.
 */
function commentOn(metadata: CslMetadata, parent: SourceRecord): CslMetadata {
  const articleTitle =
    typeof parent.metadata.title === 'string' && parent.metadata.title
      ? parent.metadata.title
      : parent.title;
  const generic = !metadata.genre || metadata.genre === 'Comment';
  return {
    ...metadata,
    ...(generic ? { genre: `Comment on the article “${articleTitle}”` } : {}),
    ...(!metadata['container-title'] && typeof parent.metadata['container-title'] === 'string'
      ? { 'container-title': parent.metadata['container-title'] }
      : {}),
    ...(!metadata.URL && parent.metadata.URL ? { URL: parent.metadata.URL } : {}),
  };
}
