import type { ChangePatch } from './changePatch';

/** What changed in a library, by what the window shows: it refreshes only these. */
export interface ChangeSet {
  /** The list of sources: one added, removed, retitled or with new details. */
  sources: boolean;
  /** Sources whose text, details, highlights or suggestions changed. */
  sourceIds: string[];
  /**
   * Of those, the ones whose own record (text, details, note) or suggestions changed: what a
   * source's highlights alone cannot redraw.
   */
  detailIds: string[];
  themes: boolean;
  highlights: boolean;
  briefs: boolean;
  collections: boolean;
  /** The codebook's start choice. */
  codebook: boolean;
}

export interface LibraryChanges extends ChangeSet {
  /** The service's count of changes; ask again with it as `after`. */
  revision: number;
  /** Changes older than the service remembers, or from before it started: assume anything. */
  everything: boolean;
}

export function noChanges(): ChangeSet {
  return {
    sources: false,
    sourceIds: [],
    detailIds: [],
    themes: false,
    highlights: false,
    briefs: false,
    collections: false,
    codebook: false,
  };
}

function sourceIdOf(entity: unknown): string | undefined {
  const id = (entity as { sourceId?: unknown } | undefined)?.sourceId;
  return typeof id === 'string' ? id : undefined;
}

/** What the list of sources shows of a source (its note, say, is not shown there). */
const LISTED = ['title', 'type', 'file', 'metadata', 'passages', 'parentId', 'importedAt'];

function listChanged(patch: ChangePatch): boolean {
  for (const { before, after } of patch.sources?.values() ?? []) {
    if (!before || !after) return true;
    if (LISTED.some((field) => before[field] !== after[field])) return true;
  }
  return false;
}

/** The change set of one patch of the library document. */
export function changesOfPatch(patch: ChangePatch): ChangeSet {
  const ids = new Set<string>();
  const details = new Set<string>(patch.sources?.keys() ?? []);
  for (const id of details) ids.add(id);
  for (const { before, after } of patch.highlights?.values() ?? [])
    for (const id of [sourceIdOf(before), sourceIdOf(after)]) if (id) ids.add(id);
  const dismissed = patch.dismissedSuggestions;
  if (dismissed) {
    // Only the sources whose dismissals differ: undo of one dismissal touches one source.
    const key = (d: { sourceId: string; passageId: string; themeId: string }) =>
      `${d.sourceId}\n${d.passageId}\n${d.themeId}`;
    const before = new Set(dismissed.before.map(key));
    const after = new Set(dismissed.after.map(key));
    for (const d of dismissed.before) if (!after.has(key(d))) details.add(d.sourceId);
    for (const d of dismissed.after) if (!before.has(key(d))) details.add(d.sourceId);
    for (const id of details) ids.add(id);
  }
  return {
    sources: listChanged(patch),
    sourceIds: [...ids],
    detailIds: [...details],
    themes: patch.themes !== undefined,
    highlights: patch.highlights !== undefined,
    briefs: patch.briefs !== undefined,
    collections: patch.sourceCollections !== undefined,
    codebook: patch.codebookPending !== undefined,
  };
}

export function mergeChanges(a: ChangeSet, b: ChangeSet): ChangeSet {
  return {
    sources: a.sources || b.sources,
    sourceIds: [...new Set([...a.sourceIds, ...b.sourceIds])],
    detailIds: [...new Set([...a.detailIds, ...b.detailIds])],
    themes: a.themes || b.themes,
    highlights: a.highlights || b.highlights,
    briefs: a.briefs || b.briefs,
    collections: a.collections || b.collections,
    codebook: a.codebook || b.codebook,
  };
}
