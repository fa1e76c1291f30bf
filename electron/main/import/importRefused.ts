import { inEnglish } from '../../../shared/text/wording';
import { refusal, type Refusal } from '../../../shared/import/refusalWords';

/**
 * A file Dossier cannot make a source of, with the reason the writer is told: in English as the
 * message (the CLI's), and as a wording the window puts in its own language.
 */
export class ImportRefused extends Error {
  constructor(readonly reason: Refusal) {
    super(inEnglish(reason));
  }
}

/**
 * Why a file could not be imported, in the writer's words, whatever its reader threw: one file's
 * failure is that file's refusal, never the end of a batch.
 */
export function refusalReason(error: unknown): Refusal {
  if (error instanceof ImportRefused) return error.reason;
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return refusal(
      'it is nested too deeply to read (more levels of elements or quotes than Dossier follows)',
    );
  const message = error instanceof Error ? error.message : String(error);
  return refusal('it could not be read ({{detail}})', {
    detail: message.split('\n')[0]!.slice(0, 300),
  });
}
