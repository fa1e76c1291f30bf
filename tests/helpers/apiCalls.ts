import type { ArchiveApi } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import type { ImportOutcome } from '../../shared/api/types';

/** A file as the import operation takes it. */
export const upload = (name: string, data: string | Uint8Array) => ({
  name,
  dataBase64: Buffer.from(data).toString('base64'),
});

/** A call's value, or the test fails with the service's message. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Imports one file and answers what became of it; the test fails unless it was imported. */
export async function importedOne(api: ArchiveApi, name: string, data: string | Uint8Array) {
  const [outcome] = ok(await api.importFiles({ files: [upload(name, data)] })).results;
  if (outcome?.status !== 'imported') throw new Error(JSON.stringify(outcome));
  return outcome as Extract<ImportOutcome, { status: 'imported' }>;
}
