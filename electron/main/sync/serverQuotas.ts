import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What one library may take of a sync server: how many connections at once, and how many bytes
 * on its disk (the document and the files together). A peer past a limit is closed with a
 * reason; others' libraries are not touched.
 */
export interface Quotas {
  connectionsPerLibrary: number;
  bytesPerLibrary: number;
}

export const DEFAULT_QUOTAS: Quotas = {
  connectionsPerLibrary: 32,
  bytesPerLibrary: 10 * 1024 ** 3,
};

/** Close codes a replica is told: too many at once (try later), and out of room. */
export const TOO_MANY_CONNECTIONS = 1013;
export const OVER_QUOTA = 4413;

export const overQuota = (bytes: number) =>
  `The library is over its room on this sync server (${(bytes / 1024 ** 2).toFixed(0)} MB): nothing more was stored; ask whoever runs the server`;

const sizeOf = async (path: string) => (await stat(path).catch(() => null))?.size ?? 0;

export class LibraryUsage {
  private readonly open = new Map<string, number>();
  private readonly bytes = new Map<string, Promise<number>>();

  constructor(
    private readonly dataDir: string,
    readonly quotas: Quotas,
  ) {}

  /** Counts a connection in, or answers false when the library has as many as it may. */
  connect(id: string): boolean {
    const now = this.open.get(id) ?? 0;
    if (now >= this.quotas.connectionsPerLibrary) return false;
    this.open.set(id, now + 1);
    return true;
  }

  disconnect(id: string): void {
    const now = (this.open.get(id) ?? 1) - 1;
    if (now > 0) this.open.set(id, now);
    else this.open.delete(id);
  }

  /** Whether `more` bytes fit; counted in when they do. */
  async take(id: string, more: number): Promise<boolean> {
    const used = await this.used(id);
    if (used + more > this.quotas.bytesPerLibrary) return false;
    this.bytes.set(id, Promise.resolve(used + more));
    return true;
  }

  /** The document's size as it now is on disk (it grows by appends and shrinks when rewritten). */
  async documentWritten(id: string, before: number): Promise<void> {
    const after = await sizeOf(this.docPath(id));
    const used = await this.used(id);
    this.bytes.set(id, Promise.resolve(used - before + after));
  }

  docPath(id: string): string {
    return join(this.dataDir, `${id}.automerge`);
  }

  private used(id: string): Promise<number> {
    let used = this.bytes.get(id);
    if (!used) {
      used = (async () => {
        const files = join(this.dataDir, `${id}.files`);
        let total = await sizeOf(this.docPath(id));
        for (const name of await readdir(files).catch(() => [] as string[]))
          total += await sizeOf(join(files, name));
        return total;
      })();
      this.bytes.set(id, used);
    }
    return used;
  }
}
