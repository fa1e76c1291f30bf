import type { LibraryDocument } from './libraryDocument';
import type { Theme } from './theme';

/** A record that names another that the library no longer holds. */
export interface DanglingReference {
  /** What holds the reference: "highlight", "theme", "collection", "comment". */
  holder: 'highlight' | 'theme' | 'collection' | 'comment';
  holderId: string;
  /** What it names: "theme", "source", "article". */
  names: 'theme' | 'source' | 'article';
  missingId: string;
  /** What --repair does about it, in a few words. */
  mend: string;
}

const RECOVERED_COLOR = '#888888';

/** Every reference in the library to a record it does not hold. */
export function danglingReferences(doc: LibraryDocument): DanglingReference[] {
  const sources = new Set(doc.sources.map((s) => s.id));
  const themes = new Set(doc.themes.map((t) => t.id));
  const found: DanglingReference[] = [];
  for (const h of doc.highlights) {
    if (!sources.has(h.sourceId))
      found.push({
        holder: 'highlight',
        holderId: h.id,
        names: 'source',
        missingId: h.sourceId,
        mend: 'the highlight is set aside in quarantine/',
      });
    for (const themeId of h.themeIds)
      if (!themes.has(themeId))
        found.push({
          holder: 'highlight',
          holderId: h.id,
          names: 'theme',
          missingId: themeId,
          mend: 'the theme is brought back as "Recovered theme"',
        });
  }
  for (const t of doc.themes)
    if (t.parentId !== null && !themes.has(t.parentId))
      found.push({
        holder: 'theme',
        holderId: t.id,
        names: 'theme',
        missingId: t.parentId,
        mend: 'the theme becomes a top-level theme',
      });
  for (const c of doc.sourceCollections)
    for (const id of c.sourceIds)
      if (!sources.has(id))
        found.push({
          holder: 'collection',
          holderId: c.id,
          names: 'source',
          missingId: id,
          mend: 'the collection no longer lists it',
        });
  for (const s of doc.sources)
    if (s.parentId !== undefined && !sources.has(s.parentId))
      found.push({
        holder: 'comment',
        holderId: s.id,
        names: 'article',
        missingId: s.parentId,
        mend: 'the comment stands on its own',
      });
  return found;
}

/**
 * The library with every dangling reference mended as danglingReferences says, and the
 * highlights whose source is gone (to be set aside, not dropped).
 */
export function mendDanglingReferences(doc: LibraryDocument): {
  doc: LibraryDocument;
  orphanedHighlights: LibraryDocument['highlights'];
} {
  const sources = new Set(doc.sources.map((s) => s.id));
  const themes = new Set(doc.themes.map((t) => t.id));
  const recovered: Theme[] = [];
  for (const h of doc.highlights)
    for (const id of h.themeIds)
      if (!themes.has(id)) {
        themes.add(id);
        recovered.push({
          id,
          name: `Recovered theme ${recovered.length + 1}`,
          color: RECOVERED_COLOR,
          description:
            'Brought back by dossier check --repair: highlights used this theme after it was deleted. Rename it, or merge it into another.',
          parentId: null,
          cues: [],
        });
      }
  const known = new Set([...doc.themes.map((t) => t.id), ...recovered.map((t) => t.id)]);
  return {
    doc: {
      ...doc,
      themes: [
        ...doc.themes.map((t) =>
          t.parentId !== null && !known.has(t.parentId) ? { ...t, parentId: null } : t,
        ),
        ...recovered,
      ],
      highlights: doc.highlights.filter((h) => sources.has(h.sourceId)),
      sourceCollections: doc.sourceCollections.map((c) =>
        c.sourceIds.every((id) => sources.has(id))
          ? c
          : { ...c, sourceIds: c.sourceIds.filter((id) => sources.has(id)) },
      ),
      sources: doc.sources.map((s) => {
        if (s.parentId === undefined || sources.has(s.parentId)) return s;
        const { parentId: _parentId, ...standalone } = s;
        return standalone;
      }),
    },
    orphanedHighlights: doc.highlights.filter((h) => !sources.has(h.sourceId)),
  };
}
