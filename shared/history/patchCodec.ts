import type { ChangePatch } from './changePatch';

type Entity = { id: string };
type Collection = 'themes' | 'highlights' | 'sources' | 'briefs' | 'sourceCollections';
const collections: Collection[] = [
  'themes',
  'highlights',
  'sources',
  'briefs',
  'sourceCollections',
];

/** The forward side of a patch, as one JSON line of the library's journal. */
export interface JournalEntry {
  themes?: [string, Entity | null][];
  highlights?: [string, Entity | null][];
  sources?: [string, Entity | null][];
  briefs?: [string, Entity | null][];
  sourceCollections?: [string, Entity | null][];
  dismissedSuggestions?: unknown[];
  codebookPending?: boolean;
}

export function toJournalEntry(patch: ChangePatch): JournalEntry {
  const entry: JournalEntry = {};
  for (const name of collections) {
    const changes = patch[name];
    if (changes) entry[name] = [...changes].map(([id, c]) => [id, c.after ?? null]);
  }
  if (patch.dismissedSuggestions) entry.dismissedSuggestions = patch.dismissedSuggestions.after;
  if (patch.codebookPending) entry.codebookPending = patch.codebookPending.after;
  return entry;
}

/** A patch that can only be applied forwards: the journal replays, it never undoes. */
export function fromJournalEntry(entry: JournalEntry): ChangePatch {
  const patch: ChangePatch = {};
  for (const name of collections) {
    const changes = entry[name];
    if (changes)
      patch[name] = new Map(changes.map(([id, after]) => [id, { after: after ?? undefined }]));
  }
  if (entry.dismissedSuggestions) {
    patch.dismissedSuggestions = {
      before: [],
      after: entry.dismissedSuggestions as NonNullable<
        ChangePatch['dismissedSuggestions']
      >['after'],
    };
  }
  if (entry.codebookPending !== undefined)
    patch.codebookPending = { before: !entry.codebookPending, after: entry.codebookPending };
  return patch;
}
