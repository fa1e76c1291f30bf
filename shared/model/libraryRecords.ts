import * as z from 'zod/mini';
import './zodSetup';
import { checkCslItem } from './cslCheck';
import type { LibraryDocument } from './libraryDocument';
import { recordWords } from './recordWords';

/** Names the library itself gives the files of a source: a sha-256, and an ending for originals. */
export const TEXT_HASH = /^[0-9a-f]{64}$/;
export const ORIGINAL_NAME = /^[0-9a-f]{64}(\.[a-z0-9]{1,8})?$/;

const text = z.string();
const offset = z.int().check(z.gte(0));
const span = z
  .looseObject({ start: offset, end: offset })
  .check(z.refine((s) => s.end >= s.start, 'it ends before it starts'));
const ids = z.array(text);

// Loose objects: a field a later Dossier adds survives a round trip through this one.
export const recordSchemas = {
  sources: z.looseObject({
    id: text.check(z.minLength(1)),
    title: text,
    type: text,
    file: text,
    textHash: text.check(z.regex(TEXT_HASH, 'textHash is not a sha-256')),
    original: text.check(z.regex(ORIGINAL_NAME, 'original is not a name the library gives')),
    importedAt: text,
    metadata: z.record(z.string(), z.unknown()),
    passages: z.array(
      z
        .looseObject({
          id: text,
          start: offset,
          end: offset,
          page: z.optional(z.int()),
          quoted: z.optional(z.boolean()),
        })
        .check(z.refine((p) => p.end >= p.start, 'a passage ends before it starts')),
    ),
    note: z.optional(text),
    noteBy: z.optional(text),
    noteSig: z.optional(text),
    sections: z.optional(z.array(z.looseObject({ heading: text, start: offset, end: offset }))),
    chapters: z.optional(z.array(z.looseObject({ label: text, start: offset }))),
    captions: z.optional(
      z.array(z.looseObject({ text, credit: text, alt: text, position: offset })),
    ),
    parentId: z.optional(text),
    removed: z.optional(z.array(text)),
    keepsRemoved: z.optional(z.boolean()),
    keptLines: z.optional(z.array(text)),
    fingerprint: z.optional(z.array(text)),
    keyAuto: z.optional(z.boolean()),
    keyUses: z.optional(z.array(text)),
    quotesOf: z.optional(text),
  }),
  themes: z.looseObject({
    id: text.check(z.minLength(1)),
    name: text,
    color: text,
    description: text,
    parentId: z.nullable(text),
    cues: z.array(text),
  }),
  highlights: z.looseObject({
    id: text.check(z.minLength(1)),
    sourceId: text,
    themeIds: ids,
    note: text,
    anchor: z.looseObject({
      ...span.def.shape,
      exact: text,
      prefix: text,
      suffix: text,
    }),
    createdAt: text,
    by: z.optional(text),
    sig: z.optional(text),
  }),
  dismissedSuggestions: z.looseObject({ sourceId: text, passageId: text, themeId: text }),
  briefs: z.looseObject({
    id: text.check(z.minLength(1)),
    title: text,
    themeIds: ids,
    sourceIds: z.nullable(ids),
    collectionId: z.optional(text),
    style: text,
    order: z.enum(['date', 'title', 'chosen']),
    figureEdits: z.record(
      text,
      z.looseObject({ dropped: z.optional(z.boolean()), counts: z.optional(text) }),
    ),
    createdAt: text,
    updatedAt: text,
  }),
  sourceCollections: z.looseObject({
    id: text.check(z.minLength(1)),
    name: text,
    sourceIds: ids,
    createdAt: text,
    updatedAt: text,
  }),
};

export type RecordCollection = keyof typeof recordSchemas;

/** A record that could not be used: kept aside with where it was and why, never dropped. */
export interface SetAsideRecord {
  collection: RecordCollection | 'library';
  id?: string;
  title?: string;
  reason: string;
  record: unknown;
}

/** A record of a collection, as the library holds it. */
export type StoredRecord<C extends RecordCollection> = LibraryDocument[C][number];

export type RecordCheck<R = Record<string, unknown>> =
  { ok: true; record: R; repairs: string[] } | { ok: false; reason: string };

function describeIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'it is not valid';
  return issue.path.length
    ? `${issue.path.map(String).join('.')}: ${issue.message}`
    : issue.message;
}

type Checker<C extends RecordCollection> = (raw: unknown) => RecordCheck<StoredRecord<C>>;

/** A record that passes its schema is its collection's type (recordTypes.ts proves the match). */
function checkWith<R>(schema: { safeParse(raw: unknown): ParseResult<R> }, raw: unknown) {
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { ok: true as const, record: parsed.data, repairs: [] as string[] }
    : { ok: false as const, reason: describeIssue(parsed.error.issues) };
}
type ParseResult<R> =
  | { success: true; data: R }
  | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };

/** A source's details are CSL-JSON, checked (and repaired where the fix is certain) on their own. */
const checkSource: Checker<'sources'> = (raw) => {
  const checked = checkWith(recordSchemas.sources, raw);
  if (!checked.ok) return checked;
  const { record } = checked;
  const metadata = checkCslItem(record.metadata);
  if (!metadata.ok)
    return {
      ok: false,
      reason: recordWords('its details: {{detail}}', { detail: metadata.reason }),
    };
  return {
    ok: true,
    record: { ...record, metadata: metadata.item },
    repairs: metadata.repairs.map((r) => `source ${record.id}: ${r}`),
  };
};

const checkers: { [C in RecordCollection]: Checker<C> } = {
  sources: checkSource,
  themes: (raw) => checkWith(recordSchemas.themes, raw),
  highlights: (raw) => checkWith(recordSchemas.highlights, raw),
  dismissedSuggestions: (raw) => checkWith(recordSchemas.dismissedSuggestions, raw),
  briefs: (raw) => checkWith(recordSchemas.briefs, raw),
  sourceCollections: (raw) => checkWith(recordSchemas.sourceCollections, raw),
};

/** One stored record checked against its collection's schema; a source's details repaired too. */
export function checkRecord<C extends RecordCollection>(
  collection: C,
  raw: unknown,
): RecordCheck<StoredRecord<C>> {
  const check: Checker<C> = checkers[collection];
  return check(raw);
}

const idOf = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : undefined;
const titleOf = (raw: unknown) =>
  typeof raw === 'object' && raw !== null
    ? ([(raw as { title?: unknown }).title, (raw as { name?: unknown }).name].find(
        (t) => typeof t === 'string',
      ) as string | undefined)
    : undefined;

export function setAside(
  collection: SetAsideRecord['collection'],
  record: unknown,
  reason: string,
): SetAsideRecord {
  const id = idOf(record);
  const title = titleOf(record);
  return {
    collection,
    ...(id ? { id } : {}),
    ...(title ? { title: title.slice(0, 200) } : {}),
    reason,
    record,
  };
}

/**
 * A collection's records that pass, each set aside with its reason otherwise (a second record
 * with an id already seen too); repairs made on the way are added to `repairs`.
 */
export function checkCollection<C extends RecordCollection>(
  collection: C,
  value: unknown,
  aside: SetAsideRecord[],
  repairs: string[],
): StoredRecord<C>[] {
  if (!Array.isArray(value)) {
    if (value !== undefined)
      aside.push(
        setAside('library', value, recordWords('{{collection}} is not a list', { collection })),
      );
    return [];
  }
  const kept: StoredRecord<C>[] = [];
  const seen = new Set<string>();
  for (const record of value) {
    const checked = checkRecord(collection, record);
    if (!checked.ok) {
      aside.push(setAside(collection, record, checked.reason));
      continue;
    }
    const id = idOf(checked.record);
    if (id !== undefined) {
      if (seen.has(id)) {
        aside.push(
          setAside(collection, record, recordWords('a second record with the id {{id}}', { id })),
        );
        continue;
      }
      seen.add(id);
    }
    kept.push(checked.record);
    repairs.push(...checked.repairs);
  }
  return kept;
}

/**
 * A migrated library document checked record by record: what passes (repaired where the fix is
 * certain) is the library; what does not is set aside with its reason. A collection that is not
 * a list at all is set aside whole and the library opens without it. Top-level fields a later
 * Dossier adds are kept as they are.
 */
export function checkLibraryDocument(raw: Record<string, unknown>): {
  doc: LibraryDocument;
  setAside: SetAsideRecord[];
  repairs: string[];
} {
  const aside: SetAsideRecord[] = [];
  const repairs: string[] = [];
  const createdAt = typeof raw.createdAt === 'string' ? raw.createdAt : new Date(0).toISOString();
  if (typeof raw.createdAt !== 'string') repairs.push('the library had no creation date');
  const { codebookPending, ...rest } = raw;
  if (codebookPending !== undefined && typeof codebookPending !== 'boolean')
    repairs.push('the codebook start choice was not yes or no; it counts as made');
  const list = <C extends RecordCollection>(c: C) => checkCollection(c, raw[c], aside, repairs);
  const doc: LibraryDocument = {
    ...rest,
    schemaVersion: typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0,
    createdAt,
    sources: list('sources'),
    themes: list('themes'),
    highlights: list('highlights'),
    dismissedSuggestions: list('dismissedSuggestions'),
    briefs: list('briefs'),
    sourceCollections: list('sourceCollections'),
    ...(typeof codebookPending === 'boolean' ? { codebookPending } : {}),
  };
  return { doc, setAside: aside, repairs };
}
