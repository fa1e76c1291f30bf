import {
  JsonTooDeep,
  jsonNesting,
  MAX_JSON_NESTING,
  parseBoundedJson,
} from '../../../shared/import/boundedJson';
import {
  CURRENT_SCHEMA_VERSION,
  type LibraryDocument,
} from '../../../shared/model/libraryDocument';
import { migrateLibrary, needsMigration } from '../../../shared/model/libraryMigrations';
import {
  checkLibraryDocument,
  setAside,
  type SetAsideRecord,
} from '../../../shared/model/libraryRecords';
import { rowCollections, type RowCollection, type StoredRows } from './recordDatabase';

/**
 * One stored JSON value. JSON.parse itself never sets a prototype, but a "__proto__" key it
 * makes would reach Object.prototype through a later Object.assign; the rare row that holds one
 * (and any nested deeper than Dossier's data) goes through the careful, slower parser.
 */
function parseRow(body: string): unknown {
  if (body.includes('__proto__')) return parseBoundedJson(body);
  const value: unknown = JSON.parse(body);
  // Deep nesting needs as many brackets as levels: a short row cannot hold it.
  if (body.length > MAX_JSON_NESTING * 2) {
    const depth = jsonNesting(body);
    if (depth > MAX_JSON_NESTING) throw new JsonTooDeep(depth);
  }
  return value;
}

export interface RowsRead {
  doc: LibraryDocument;
  setAside: SetAsideRecord[];
  repairs: string[];
  /** Rows that could not be used: copied to quarantine/, then taken out of the database. */
  unusable: { collection: RowCollection; id: string }[];
  /** Whether the rows were of an older format, brought to the current one in memory. */
  migrated: boolean;
}

/**
 * The library from its rows: every row parsed and checked against its collection's schema, as
 * any data read from disk is. A row that fails is set aside with its reason; the rest open.
 */
export function libraryFromRows(stored: StoredRows): RowsRead {
  const unreadable: SetAsideRecord[] = [];
  const unusable: RowsRead['unusable'] = [];
  const meta = (key: string): unknown => {
    const value = stored.meta.get(key);
    if (value === undefined) return undefined;
    try {
      return parseRow(value);
    } catch (error) {
      unreadable.push(setAside('library', value, `${key}: ${(error as Error).message}`));
      return undefined;
    }
  };
  const raw: Record<string, unknown> = {
    schemaVersion: meta('schemaVersion') ?? CURRENT_SCHEMA_VERSION,
    createdAt: meta('createdAt'),
    dismissedSuggestions: meta('dismissedSuggestions') ?? [],
  };
  const pending = meta('codebookPending');
  if (pending !== undefined) raw.codebookPending = pending;
  for (const collection of rowCollections) {
    const records: unknown[] = [];
    for (const { id, body } of stored.rows[collection]) {
      try {
        const record = parseRow(body);
        const bodyId = (record as { id?: unknown } | null)?.id;
        // A record without an id at all is the schema's to refuse, with its own words.
        if (typeof bodyId === 'string' && bodyId !== id)
          throw new Error(`its id is not the id ${id} it is stored under`);
        records.push(record);
      } catch (error) {
        const why = (error as Error).message;
        unreadable.push(
          setAside(
            collection,
            body,
            error instanceof SyntaxError ? `it is not JSON (${why})` : why,
          ),
        );
        unusable.push({ collection, id });
      }
    }
    raw[collection] = records;
  }
  const migrated = needsMigration(raw);
  const checked = checkLibraryDocument(
    (migrated ? migrateLibrary(raw) : raw) as unknown as Record<string, unknown>,
  );
  // A record the schema refused is in no collection of the checked library: its row goes too.
  const notJson = new Set(unusable.map((u) => `${u.collection} ${u.id}`));
  for (const collection of rowCollections) {
    const kept = new Set((checked.doc[collection] as { id: string }[]).map((r) => r.id));
    for (const { id } of stored.rows[collection])
      if (!kept.has(id) && !notJson.has(`${collection} ${id}`)) unusable.push({ collection, id });
  }
  return {
    doc: checked.doc,
    setAside: [...unreadable, ...checked.setAside],
    repairs: checked.repairs,
    unusable,
    migrated,
  };
}
