import type { CslMetadata } from '../model/source';

/**
 * What a good citation of this item needs and the metadata lacks: the preview names them, so
 * the writer can fill them in. Nothing is invented in their place.
 */
export function missingFields(item: CslMetadata): string[] {
  const missing: string[] = [];
  if (!item.author?.length && !item.editor) missing.push('author');
  if (!item.title) missing.push('title');
  if (!item.issued) missing.push('date');
  const online = ['webpage', 'post-weblog', 'post', 'broadcast', 'article'].includes(
    String(item.type ?? ''),
  );
  if (online && !item.URL) missing.push('URL');
  if (
    ['article-magazine', 'article-newspaper', 'article-journal', 'post-weblog'].includes(
      String(item.type),
    ) &&
    !item['container-title']
  ) {
    missing.push('container-title');
  }
  return missing;
}
