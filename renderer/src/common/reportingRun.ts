import type { Result } from '../../../shared/api/errors';

/** Runs a call whose failure the writer is told through `onError`; answers whether it worked. */
export const reportingRun =
  (onError: (message: string) => void) =>
  async (call: Promise<Result<unknown>>): Promise<boolean> => {
    const result = await call;
    if (!result.ok) onError(result.error.message);
    return result.ok;
  };
