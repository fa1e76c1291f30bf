import type * as NodeSqlite from 'node:sqlite';

type SqliteModule = typeof NodeSqlite;

let loaded: SqliteModule | null = null;

/**
 * node:sqlite, loaded once. Node 22 warns on stderr that it is experimental the first time it is
 * loaded; that line is not the writer's business (a CLI's stderr is for what went wrong), so
 * that one warning is kept back and every other is let through.
 */
export function sqlite(): SqliteModule {
  if (loaded) return loaded;
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (/SQLite is an experimental feature/.test(text)) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    loaded = process.getBuiltinModule('node:sqlite') as SqliteModule;
  } finally {
    process.emitWarning = emit;
  }
  return loaded;
}
