/** What the window and the CLI are told about a shared library: its sync, conflicts and coders. */

/** Whether a shared library is in step with its sync server. */
export type SyncStatus =
  | {
      shared: false;
      /** The coders of a project taken in, by key, for the highlights they signed. */
      writers: Record<string, string>;
    }
  | {
      shared: true;
      /** synced: the server has every edit; offline: it cannot be reached (edits wait). */
      state: 'syncing' | 'synced' | 'offline';
      /** Edits made here the server does not have yet; null until the first round. */
      waiting: number | null;
      lastSynced?: string;
      /** Fields two writers set differently, to review (dossier sync conflicts). */
      conflicts: number;
      error?: string;
      /** The library's writers' names by key, for the highlights they signed. */
      writers: Record<string, string>;
      /**
       * What the last round that took anything out of this library removed, named; Undo takes
       * it back as one step, and a backup holds the library as it was.
       */
      removed?: { what: string[]; at: string };
      /** Joined with a reader's code: the library comes in, and nothing made here is sent. */
      reads?: boolean;
    };

/** A field two writers set differently at once: every value is kept until a writer picks. */
export interface SyncConflict {
  /** 'rules': the library's own rules (rules.json), one record whose fields are its parts. */
  collection: 'sources' | 'themes' | 'highlights' | 'sourceCollections' | 'briefs' | 'rules';
  id: string;
  /** The record's title or name, to find it by. */
  label: string;
  /** The field, dotted for a nested one (metadata.title). */
  field: string;
  values: unknown[];
  /** Who set each value (a writer's name, in the order of values); null where unknown. */
  setBy?: (string | null)[];
  /** When each value was set (ISO time, to the second, by the writer's clock); null where unknown. */
  setAt?: (string | null)[];
}

/** How far two writers' tagging agrees, theme by theme, and where it differs. */
export interface AgreementView {
  /** Every writer of the library, with how many highlights they signed. */
  writers: { key: string; name: string; highlights: number }[];
  first: string;
  second: string;
  themes: {
    themeId: string;
    name: string;
    color: string;
    /** Passages of the sources both writers tagged in. */
    units: number;
    percent: number;
    kappa: number | null;
    alpha: number | null;
    disagreements: {
      sourceId: string;
      sourceTitle: string;
      passageId: string;
      /** The paragraph number, as a locator gives it. */
      number: number;
      text: string;
      /** The writer who tagged it; the other did not. */
      by: string;
    }[];
  }[];
}
