import { fixedLength, type Wording } from '../../../shared/text/wording';
import { t } from './i18n';
import { readKeyUse } from '../../../shared/cite/keyUseWords';
import { readWarning } from '../../../shared/import/warningWords';
import { readAside } from '../../../shared/annotations/asideWords';
import { readReferenceWords } from '../../../shared/import/referenceWords';
import { readRecordWords } from '../../../shared/model/recordWords';
import { readCodebookWords } from '../../../shared/themes/codebookWords';
import { readProjectWords } from '../../../shared/interchange/projectWords';
import type { ArchiveApi } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import type { OperationName } from '../../../shared/api/operationNames';
import { createApiClient } from '../../../shared/api/apiClient';

/**
 * A message the service worded (see shared/text/wording.ts) in the window's language: its text
 * from the catalogue, each value put in as written, or worded in turn where it is a wording.
 */
export function wordingText(wording: Wording): string {
  const values = Object.fromEntries(
    Object.entries(wording.values).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : wordingText(value),
    ]),
  );
  return t(wording.text, values);
}

/**
 * The API as the window uses it: an error the service worded comes with its message in the
 * window's language, so every place that shows an error shows it translated.
 */
export function withWordedErrors(api: ArchiveApi): ArchiveApi {
  const calls = api as unknown as Record<
    OperationName,
    (input: unknown) => Promise<Result<unknown>>
  >;
  return createApiClient(async (name, input) => {
    const result = await calls[name](input);
    if (result.ok || !result.error.words) return result;
    return { ok: false, error: { ...result.error, message: wordingText(result.error.words) } };
  });
}

type Reader = (sentence: string) => Wording | null;

/** A sentence read by the reader that knows its shape best, its values read in turn. */
function readWith(sentence: string, readers: readonly Reader[]): Wording | null {
  let best: Wording | null = null;
  for (const read of readers) {
    const wording = read(sentence);
    if (wording && (!best || fixedLength(wording.text) > fixedLength(best.text))) best = wording;
  }
  return best && deepen(best, readers);
}

// A reason inside a line (a record's, a parser's) is read by the same readers, so it is worded
// too; a value no reader knows (a title, a quote) is the writer's and stays as written.
function deepen(wording: Wording, readers: readonly Reader[]): Wording {
  const values = Object.entries(wording.values).map(([name, value]) => [
    name,
    typeof value === 'string' ? (readWith(value, readers) ?? value) : deepen(value, readers),
  ]);
  return { text: wording.text, values: Object.fromEntries(values) };
}

/**
 * A sentence the service said in English (kept in a record or sent in a report), in the
 * window's language where one of `readers` knows its shape; as written where none does.
 */
function saidText(sentence: string, readers: readonly Reader[]): string {
  const read = readWith(sentence, readers);
  return read ? wordingText(read) : sentence;
}

/** A use of a citation key as the record keeps it (English), in the window's language. */
export const keyUseText = (use: string) => saidText(use, [readKeyUse]);

/** What a file of another reader's highlights left out, or a quote that found no place. */
export const asideText = (sentence: string) => saidText(sentence, [readAside]);

/**
 * What an import said beside what it took (English): a warning, a reference file's record set
 * aside, repaired or read from its own fields, in the window's language where its shape is known.
 */
export const importLineText = (sentence: string) =>
  saidText(sentence, [readWarning, readReferenceWords, readRecordWords]);

/** A place or reason from reading a codebook file. */
export const codebookText = (sentence: string) =>
  saidText(sentence, [readCodebookWords, readRecordWords]);

/** What taking in a REFI-QDA project set aside or noted (its codebook's and records' too). */
export const projectText = (sentence: string) =>
  saidText(sentence, [readCodebookWords, readRecordWords, readProjectWords]);

/** Why a record read from disk was set aside. */
export const recordText = (sentence: string) => saidText(sentence, [readRecordWords]);
