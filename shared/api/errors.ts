export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'LIBRARY_LOCKED',
  'LIBRARY_UNREADABLE',
  /** The disk is full: nothing was changed. */
  'DISK_FULL',
  /** The library is open for reading only (another Dossier writes it, or the disk cannot be written). */
  'READ_ONLY',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** An error the service means the writer to read: its message is shown as it is. */
export class ArchiveError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
