import { ArchiveError, type Result } from './errors';
import { errorWords } from './errorWords';
import { inputSchema, type ArchiveApi, type ArchiveHandlers } from './contract';
import type { OperationOutputs } from './operationOutputs';
import { operationNames, type OperationName } from './operationNames';

export function isOperationName(name: string): name is OperationName {
  return (operationNames as readonly string[]).includes(name);
}

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * Runs one operation at a boundary: the input is validated against the contract, and whatever
 * happens comes back as data, because Electron's IPC keeps only the message of a thrown error.
 */
export async function dispatch<N extends OperationName>(
  handlers: ArchiveHandlers,
  name: N,
  rawInput: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Result<OperationOutputs[N]>> {
  const parsed = inputSchema(name).safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Invalid ${name} request: ${describeIssues(parsed.error)}`,
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<OperationOutputs[N]>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ArchiveError) {
      return { ok: false, error: error.toApiError() };
    }
    const systemCode = (error as { code?: unknown } | null)?.code;
    if (systemCode === 'ENOSPC' || systemCode === 'EDQUOT') {
      return {
        ok: false,
        error: new ArchiveError(
          'DISK_FULL',
          errorWords(
            'The disk is full, so {{operation}} could not finish; what was saved before stays saved. Free some space and try again.',
            { operation: name },
          ),
        ).toApiError(),
      };
    }
    onInternalError(error);
    return {
      ok: false,
      error: new ArchiveError(
        'INTERNAL',
        errorWords(
          'Dossier hit an unexpected error while running {{operation}}; the details are in its log.',
          { operation: name },
        ),
      ).toApiError(),
    };
  }
}

/** The in-process adapter (CLI, tests): the same checks as IPC and HTTP, without a transport. */
export function createDirectApi(
  handlers: ArchiveHandlers,
  onInternalError?: (error: unknown) => void,
): ArchiveApi {
  const api = {} as Record<OperationName, unknown>;
  for (const name of operationNames) {
    api[name] = (input: unknown) => dispatch(handlers, name, input, onInternalError);
  }
  return api as ArchiveApi;
}
