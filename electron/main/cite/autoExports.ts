import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { keyUse } from '../../../shared/cite/keyUseWords';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import * as z from 'zod/mini';
import type { ArchiveHandlers } from '../../../shared/api/contract';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import type { AutoExport, AutoExportState } from '../../../shared/api/types';
import { changesOfPatch } from '../../../shared/history/libraryChanges';
import { writeAtomically } from '../library/blobStore';
import { seal } from '../library/machineKey';
import { keptPathProblem } from './keptPath';
import type { ArchiveState } from '../archive/archiveState';
import { recordKeyUse } from './keyUses';

/**
 * Bibliography files Dossier keeps up to date on disk (a .bib or CSL-JSON file for Pandoc,
 * Zettlr or Obsidian to read): listed in auto-exports.json beside the library, rewritten by
 * whichever process has the library open (the window, the browser shell, a CLI command) after
 * each change to sources or collections. A file is written only when its content changes.
 */

export type AutoExportHandlers = Pick<
  ArchiveHandlers,
  'listAutoExports' | 'addAutoExport' | 'removeAutoExport'
>;

export const AUTO_EXPORT_FORMATS = { bibtex: '.bib', 'csl-json': '.json', ris: '.ris' } as const;

const entrySchema = z.strictObject({
  path: z.string().check(z.minLength(1), z.refine(isAbsolute, 'the path is not absolute')),
  format: z.enum(['bibtex', 'csl-json', 'ris']),
  collectionId: z.optional(z.string()),
  /** Made with this machine's key when the writer added the file here (see machineKey). */
  seal: z.optional(z.string()),
});
const fileSchema = z.strictObject({ exports: z.array(entrySchema) });

/** Changes settle this long before the files are rewritten: a burst of tagging writes once. */
const SETTLE_MS = 400;

type KeptEntry = AutoExport & { seal?: string };

const NOT_SAID_HERE =
  'it came with the library folder and was not added on this machine, so Dossier does not write it; add it again to keep it up to date';

export class AutoExports {
  private entries: KeptEntry[] = [];
  /** Why auto-exports.json could not be read, when it could not: shown, never overwritten. */
  private unreadable: string | null = null;
  private readonly failures = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly state: Pick<ArchiveState, 'files' | 'store'>,
    private readonly render: ArchiveHandlers['exportBibliography'],
  ) {}

  private get file(): string {
    return this.state.files.autoExports;
  }

  /** The seal of an entry said in this library on this machine. */
  private sealOf(entry: AutoExport): string {
    return seal([
      'auto-export',
      resolve(this.state.files.dir),
      entry.path,
      entry.format,
      entry.collectionId ?? '',
    ]);
  }

  /** Why an entry is not written, before any write is tried: not said here, or a bad place. */
  private async refusal(entry: KeptEntry): Promise<string | null> {
    if (entry.seal !== this.sealOf(entry)) return NOT_SAID_HERE;
    return keptPathProblem(entry.path, this.state.files.dir);
  }

  async load(): Promise<void> {
    this.state.store.onChange((patch) => {
      const changed = changesOfPatch(patch);
      if (changed.sources || changed.sourceIds.length || changed.collections) this.schedule();
    });
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch {
      return;
    }
    try {
      const parsed = fileSchema.safeParse(parseBoundedJson(raw));
      if (parsed.success) {
        this.entries = parsed.data.exports;
        for (const entry of this.entries)
          if (entry.seal !== this.sealOf(entry)) this.failures.set(entry.path, NOT_SAID_HERE);
      } else this.unreadable = parsed.error.issues[0]?.message ?? 'it is not a list of exports';
    } catch (error) {
      this.unreadable = `it is not JSON (${(error as Error).message})`;
    }
  }

  private schedule(): void {
    if (!this.entries.length || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeAll();
    }, SETTLE_MS);
    this.timer.unref?.();
  }

  /** Writes what is pending now; the archive waits for this before it closes. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      await this.writeAll();
    }
    await this.running;
  }

  private writeAll(): Promise<void> {
    this.running = this.running.then(async () => {
      for (const entry of this.entries) await this.writeOne(entry);
    });
    return this.running;
  }

  /** Writes one export if its content changed; a failure is kept to show, never thrown. */
  private async writeOne(entry: KeptEntry): Promise<number> {
    try {
      const refused = await this.refusal(entry);
      if (refused) throw new Error(refused);
      const collection = entry.collectionId
        ? this.state.store.doc.sourceCollections.find((c) => c.id === entry.collectionId)
        : undefined;
      if (entry.collectionId && !collection)
        throw new Error('its collection was deleted; it is no longer written');
      const file = await this.render({
        ...(collection ? { sourceIds: collection.sourceIds } : {}),
        style: 'apa',
        format: entry.format,
      });
      const bytes = Buffer.from(file.dataBase64, 'base64');
      const current = await readFile(entry.path).catch(() => null);
      if (!current || !current.equals(bytes)) await writeAtomically(entry.path, bytes);
      const kept = collection?.sourceIds ?? this.state.store.doc.sources.map((s) => s.id);
      await recordKeyUse(this.state, kept, keyUse('kept in {{path}}', { path: entry.path }));
      this.failures.delete(entry.path);
      return file.count;
    } catch (error) {
      this.failures.set(entry.path, (error as Error).message);
      return 0;
    }
  }

  private async save(): Promise<void> {
    if (this.unreadable)
      throw new ArchiveError(
        'LIBRARY_UNREADABLE',
        errorWords(
          '{{file}} cannot be read ({{why}}); fix or remove it before changing the kept files.',
          { file: this.file, why: this.unreadable },
        ),
      );
    await writeAtomically(this.file, `${JSON.stringify({ exports: this.entries }, null, 2)}\n`);
  }

  list(): AutoExportState {
    return {
      exports: this.entries.map(({ seal: _seal, ...e }) => {
        const failure = this.failures.get(e.path);
        return failure ? { ...e, failure } : e;
      }),
      ...(this.unreadable ? { unreadable: this.unreadable } : {}),
    };
  }

  handlers(): AutoExportHandlers {
    return {
      listAutoExports: async () => this.list(),
      addAutoExport: async (entry) => {
        const ending = AUTO_EXPORT_FORMATS[entry.format];
        if (!entry.path.toLowerCase().endsWith(ending))
          throw new ArchiveError(
            'INVALID_INPUT',
            errorWords('A {{format}} file kept up to date must end in {{ending}}: {{path}}.', {
              format: entry.format,
              ending,
              path: entry.path,
            }),
          );
        const folder = await stat(dirname(entry.path)).catch(() => null);
        if (!folder?.isDirectory())
          throw new ArchiveError(
            'INVALID_INPUT',
            errorWords('There is no folder {{folder}}.', { folder: dirname(entry.path) }),
          );
        const badPlace = await keptPathProblem(entry.path, this.state.files.dir);
        if (badPlace)
          throw new ArchiveError(
            'INVALID_INPUT',
            errorWords('Not kept up to date: {{why}}.', { why: badPlace }),
          );
        if (
          entry.collectionId &&
          !this.state.store.doc.sourceCollections.some((c) => c.id === entry.collectionId)
        )
          throw new ArchiveError('NOT_FOUND', `No collection ${entry.collectionId}.`);
        const said: AutoExport = {
          path: entry.path,
          format: entry.format,
          ...(entry.collectionId ? { collectionId: entry.collectionId } : {}),
        };
        const kept: KeptEntry = { ...said, seal: this.sealOf(said) };
        this.failures.delete(kept.path);
        this.entries = [...this.entries.filter((e) => e.path !== entry.path), kept];
        await this.save();
        await this.running;
        const count = await this.writeOne(kept);
        const failure = this.failures.get(kept.path);
        if (failure)
          throw new ArchiveError(
            'INVALID_INPUT',
            errorWords('{{path}} cannot be written: {{why}}.', { path: kept.path, why: failure }),
          );
        return { ...this.list(), count };
      },
      removeAutoExport: async ({ path }) => {
        if (!this.entries.some((e) => e.path === path))
          throw new ArchiveError(
            'NOT_FOUND',
            errorWords('{{path}} is not a file Dossier keeps up to date.', { path }),
          );
        this.entries = this.entries.filter((e) => e.path !== path);
        this.failures.delete(path);
        await this.save();
        return this.list();
      },
    };
  }
}
