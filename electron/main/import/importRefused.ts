/** A file Dossier cannot make a source of, with the reason the writer is told. */
export class ImportRefused extends Error {}

/**
 * Why a file could not be imported, in the writer's words, whatever its reader threw: one file's
 * failure is that file's refusal, never the end of a batch.
 */
export function refusalReason(error: unknown): string {
  if (error instanceof ImportRefused) return error.message;
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return 'it is nested too deeply to read (more levels of elements or quotes than Dossier follows)';
  const message = error instanceof Error ? error.message : String(error);
  return `it could not be read (${message.split('\n')[0]!.slice(0, 300)})`;
}
