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
import { migrateLibrary, needsMigration } from '../../../shared/migrate/libraryMigrations';
import {
  checkLibraryDocument,
  setAside,
  type SetAsideRecord,
} from '../../../shared/model/libraryRecords';
import { rowCollections, type RowCollection, type StoredRows } from './recordDatabase';
import { recordWords } from '../../../shared/model/recordWords';

/**
 * One stored JSON value. JSON.parse itself never sets a prototype, but a "__proto__" key it
 * makes would reach Object.prototype through a later Object.assign; the rare row that holds one
 * (and any nested deeper than Dossier's data) goes through the careful, slower parser.
 */
export function parseRow(body: string, checked = false): unknown {
  if (body.includes('__proto__')) return parseBoundedJson(body);
  const value: unknown = JSON.parse(body);
  // Deep nesting needs as many brackets as levels: a short row cannot hold it, and a checked
  // record's shape has none.
  if (!checked && body.length > MAX_JSON_NESTING * 2) {
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
  /** Rows that passed their schemas now, to be marked so the next open need not check them. */
  newlyChecked: { collection: RowCollection; record: { id: string } }[];
  /** Whether the rows were of an older format, brought to the current one in memory. */
  migrated: boolean;
}

/**
 * The library from its rows: every row parsed, and checked against its collection's schema as
 * any data read from disk is, unless Dossier itself wrote it from a checked record and nothing
 * touched it since (most of what an open costs is that check). A row that fails is set aside
 * with its reason; the rest open.
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
  // Rows of an older format are all checked: migration may change any record.
  const migrated = needsMigration(raw);
  const parsed = {} as Record<RowCollection, { id: string; record: unknown; trusted: boolean }[]>;
  for (const collection of rowCollections) {
    parsed[collection] = [];
    for (const { id, body, checked } of stored.rows[collection]) {
      try {
        const record = parseRow(body, checked && !migrated);
        const bodyId = (record as { id?: unknown } | null)?.id;
        // A record without an id at all is the schema's to refuse, with its own words.
        if (typeof bodyId === 'string' && bodyId !== id)
          throw new Error(recordWords('its id is not the id {{id}} it is stored under', { id }));
        parsed[collection].push({ id, record, trusted: checked && !migrated });
      } catch (error) {
        const why = (error as Error).message;
        unreadable.push(
          setAside(
            collection,
            body,
            error instanceof SyntaxError
              ? recordWords('it is not JSON ({{detail}})', { detail: why })
              : why,
          ),
        );
        unusable.push({ collection, id });
      }
    }
    // Only what Dossier did not write from checked records goes through the schemas again.
    raw[collection] = parsed[collection].filter((r) => !r.trusted).map((r) => r.record);
  }
  const checked = checkLibraryDocument(migrated ? migrateLibrary(raw) : raw);
  const doc = { ...checked.doc };
  const newlyChecked: RowsRead['newlyChecked'] = [];
  for (const collection of rowCollections) {
    const passed = new Map(
      (checked.doc[collection] as { id: string }[]).map((record) => [record.id, record]),
    );
    const records: unknown[] = [];
    for (const { id, record, trusted } of parsed[collection]) {
      if (trusted) records.push(record);
      else if (passed.has(id)) {
        const record = passed.get(id)!;
        records.push(record);
        newlyChecked.push({ collection, record });
      } else unusable.push({ collection, id });
    }
    (doc as Record<string, unknown>)[collection] = records;
  }
  return {
    doc,
    setAside: [...unreadable, ...checked.setAside],
    repairs: checked.repairs,
    unusable,
    newlyChecked,
    migrated,
  };
}

/**
 * Whether the library's own values are as this Dossier writes them (each JSON, of the current
 * schema version), so its records may be read later, when first asked for.
 */
export function soundMeta(meta: Map<string, string>): boolean {
  try {
    const value = (key: string) => {
      const text = meta.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    };
    const pending = value('codebookPending');
    const dismissed = value('dismissedSuggestions');
    return (
      value('schemaVersion') === CURRENT_SCHEMA_VERSION &&
      typeof value('createdAt') === 'string' &&
      (pending === undefined || typeof pending === 'boolean') &&
      (dismissed === undefined || Array.isArray(dismissed))
    );
  } catch {
    return false;
  }
}
