import type { CslMetadata, SourceRecord } from '../model/source';

function urlKey(url: unknown): string | null {
  if (typeof url !== 'string' || !url.trim()) return null;
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[#?].*$/, '')
    .replace(/\/+$/, '');
}

function titleKey(title: unknown): string | null {
  if (typeof title !== 'string') return null;
  const key = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key.length >= 8 ? key : null;
}

function year(metadata: CslMetadata): number | undefined {
  return metadata.issued?.['date-parts']?.[0]?.[0];
}

/**
 * The source a bibliographic record describes: the same Dossier id or citation key (a record
 * Dossier exported: its CSL-JSON id is the key), else the same DOI or URL, else the same title
 * and no different year. Comments are matched only by id or key, so an article's record never
 * lands on a comment that shares its URL.
 */
export function matchSource(
  sources: readonly SourceRecord[],
  item: CslMetadata & { id?: unknown },
): SourceRecord | undefined {
  const byId = typeof item.id === 'string' && sources.find((s) => s.id === item.id);
  if (byId) return byId;
  const key = item['citation-key'] ?? item.id;
  const byKey =
    typeof key === 'string' && key && sources.find((s) => s.metadata['citation-key'] === key);
  if (byKey) return byKey;
  const candidates = sources.filter((s) => !s.parentId);
  const doi = typeof item.DOI === 'string' ? item.DOI.toLowerCase() : null;
  const byDoi = doi && candidates.find((s) => String(s.metadata.DOI ?? '').toLowerCase() === doi);
  if (byDoi) return byDoi;
  const url = urlKey(item.URL);
  const byUrl = url && candidates.find((s) => urlKey(s.metadata.URL) === url);
  if (byUrl) return byUrl;
  const title = titleKey(item.title);
  if (!title) return undefined;
  return candidates.find(
    (s) =>
      (titleKey(s.metadata.title) === title || titleKey(s.title) === title) &&
      (year(s.metadata) === undefined ||
        year(item) === undefined ||
        year(s.metadata) === year(item)),
  );
}
