import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Dossier';

/**
 * Where Electron's app.getPath('userData') points for an app named Dossier, so that the
 * desktop app, the browser shell and the CLI open the same library by default.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform) {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** --library DIR wins, then DOSSIER_LIBRARY, then the per-user default. */
export function resolveLibraryDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env) {
  return flag ?? env.DOSSIER_LIBRARY ?? join(userDataDir(env), 'library');
}

export function libraryFiles(dir: string) {
  return {
    dir,
    /** The library's records (SQLite): what a change writes, row by row. */
    database: join(dir, 'library.db'),
    /** library.json as it was when its library moved into library.db (a copy is in backups/). */
    beforeDatabase: join(dir, 'library.before-database.json'),
    /** Where a library was kept before library.db: read once, to move it in. */
    document: join(dir, 'library.json'),
    journal: join(dir, 'library.journal'),
    /** Journal lines that could not be replayed, kept for the writer or for support. */
    journalDamaged: join(dir, 'library.journal.damaged'),
    /** The sha-256 of library.json as this Dossier last wrote it whole: those bytes passed. */
    checked: join(dir, 'library.checked'),
    /** Records set aside when the library opened: one file each, named by its content. */
    quarantine: join(dir, 'quarantine'),
    lock: join(dir, 'library.lock'),
    texts: join(dir, 'texts'),
    originals: join(dir, 'originals'),
    styles: join(dir, 'styles'),
    backups: join(dir, 'backups'),
    searchIndex: join(dir, 'index', 'search.bin'),
    /** Bibliography files kept up to date on disk (settings, not library content). */
    autoExports: join(dir, 'auto-exports.json'),
    /** The writer's own rules: name aliases for search, outcome words for figures. */
    rules: join(dir, 'rules.json'),
    /** The browsers paired to capture pages into this library, by their tokens' digests. */
    capture: join(dir, 'capture.json'),
  };
}

export type LibraryFiles = ReturnType<typeof libraryFiles>;
