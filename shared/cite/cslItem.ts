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
  const described = parent ? commentOn(metadata, parent) : describeUntitled(metadata, type);
  return { ...described, id: source.id, type };
}

const NAMED_TYPES = ['book', 'report', 'chapter', 'thesis', 'interview', 'speech', 'map', 'song'];

/** What kind of work a CSL type is, in a word a reader knows. */
function workWord(type: string): string {
  if (type.startsWith('article')) return 'article';
  if (type === 'webpage') return 'web page';
  if (type.startsWith('post')) return 'post';
  return NAMED_TYPES.includes(type) ? type : 'work';
}

/**
 * A work with no title is cited with a description in its place, as APA 7 (9.29: "[Untitled
 * article]", in brackets) and Chicago (a descriptive phrase, neither quoted nor italic) ask; CSL
 * styles set a genre there. Left bare, the entry was only "Stefan. (n.d.)." The description says
 * only what is known: that it has no title, and what kind of work it is.
 */
function describeUntitled(metadata: CslMetadata, type: string): CslMetadata {
  const titled = typeof metadata.title === 'string' && metadata.title.trim() !== '';
  if (titled || metadata.genre) return metadata;
  return { ...metadata, genre: `Untitled ${workWord(type)}` };
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
