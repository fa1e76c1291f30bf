import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** The index's statements on one connection, each prepared once, and its state values. */
export class IndexSql {
  private readonly statements = new Map<string, StatementSync>();

  constructor(readonly db: DatabaseSync) {}

  sql(text: string): StatementSync {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  state(key: string): unknown {
    return this.sql('SELECT value FROM search_state WHERE key = ?').get(key)?.value;
  }

  setState(key: string, value: string | number): void {
    this.sql(
      'INSERT INTO search_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
  }
}
