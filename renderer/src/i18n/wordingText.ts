import type { Wording } from '../../../shared/text/wording';
import { t } from './i18n';
import { readKeyUse } from '../../../shared/cite/keyUseWords';
import { readWarning } from '../../../shared/import/warningWords';
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

/** A use of a citation key as the record keeps it (English), in the window's language. */
export function keyUseText(use: string): string {
  const read = readKeyUse(use);
  return read ? wordingText(read) : use;
}

/** A warning an import gave (English), in the window's language where its shape is known. */
export function warningText(sentence: string): string {
  const read = readWarning(sentence);
  return read ? wordingText(read) : sentence;
}
