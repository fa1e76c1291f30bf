import { z } from 'zod';
import type { ErrorCode, Result } from './errors';
import type { OperationName } from './operationNames';
import type { ImportReport, SearchResults, SourceDetail, SourceSummary } from './types';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const sourceId = z.string().min(1).max(200);
const filterValues = z.array(z.string().min(1).max(200)).max(20);

/**
 * The one table of operations: each has its input schema, checked at every boundary, and the
 * error codes it may answer with besides INVALID_INPUT and INTERNAL.
 */
export const operations = {
  listSources: {
    input: z.object({}).strict(),
    errors: [],
  },
  getSource: {
    input: z.object({ id: sourceId }).strict(),
    errors: ['NOT_FOUND'],
  },
  importFiles: {
    input: z
      .object({
        files: z
          .array(
            z
              .object({
                name: z.string().min(1).max(1024),
                // base64 travels through IPC, HTTP and JSON alike.
                dataBase64: z
                  .string()
                  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'a file may be at most 50 MB'),
              })
              .strict(),
          )
          .min(1)
          .max(500),
      })
      .strict(),
    errors: [],
  },
  search: {
    input: z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(500).optional(),
        filters: z
          .object({ theme: filterValues, type: filterValues, source: filterValues })
          .partial()
          .strict()
          .optional(),
      })
      .strict(),
    errors: [],
  },
} as const satisfies Record<OperationName, { input: z.ZodType; errors: readonly ErrorCode[] }>;

export interface OperationOutputs {
  listSources: SourceSummary[];
  getSource: SourceDetail;
  importFiles: ImportReport;
  search: SearchResults;
}

export type OperationInput<N extends OperationName> = z.input<(typeof operations)[N]['input']>;
export type ParsedInput<N extends OperationName> = z.output<(typeof operations)[N]['input']>;

/** What the UI and the CLI hold: one method per operation, answering with a Result. */
export type ArchiveApi = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<Result<OperationOutputs[N]>>;
};

/** What the service implements: validated input in, a value out, ArchiveError thrown. */
export type ArchiveHandlers = {
  [N in OperationName]: (input: ParsedInput<N>) => Promise<OperationOutputs[N]>;
};
