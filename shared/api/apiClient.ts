import type { ArchiveApi } from './contract';
import type { Result } from './errors';
import { operationNames, type OperationName } from './operationNames';

/**
 * Builds the contract's client from a transport that carries one call and returns its Result.
 * Validation happens on the receiving side, so a client carries no schemas (and no zod).
 */
export function createApiClient(
  invoke: (name: OperationName, input: unknown) => Promise<Result<unknown>>,
): ArchiveApi {
  const api = {} as Record<OperationName, unknown>;
  for (const name of operationNames) api[name] = (input: unknown) => invoke(name, input);
  return api as ArchiveApi;
}
