import { inEnglish, type Wording } from '../text/wording';

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
  /** In English (the CLI's, the logs'). */
  message: string;
  /** The same, for the window to word in its own language, where the service worded it. */
  words?: Wording;
}

/**
 * An error the service means the writer to read: its message is shown as it is, or, given as a
 * wording (see errorWords.ts), in the window's language.
 */
export class ArchiveError extends Error {
  readonly words?: Wording;

  constructor(
    readonly code: ErrorCode,
    message: string | Wording,
  ) {
    super(typeof message === 'string' ? message : inEnglish(message));
    if (typeof message !== 'string') this.words = message;
    this.name = 'ArchiveError';
  }

  /** The error as the contract answers it. */
  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...(this.words ? { words: this.words } : {}) };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
