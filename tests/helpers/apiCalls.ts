import type { Result } from '../../shared/api/errors';

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
