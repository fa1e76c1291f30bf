import { createHash } from 'node:crypto';
import { extensionOf, isImportable, unsupportedReason } from '../../../shared/import/formats';
import { normaliseText } from '../../../shared/import/normaliseText';
import { parsePlainText } from '../../../shared/import/plainText';
import { reasonToRefuse } from '../../../shared/import/refuseText';
import type { CslMetadata, SourceRecord } from '../../../shared/model/source';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The name a file had on the writer's disk, without any folders a client sent along. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

function stem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

/** The original keeps its ending, so a later importer can tell what it was. */
function originalExtension(fileName: string): string {
  const ext = extensionOf(fileName);
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}

export type PreparedImport =
  | { kind: 'refused'; reason: string }
  | {
      kind: 'ready';
      text: string;
      textHash: string;
      originalName: string;
      record: (now: Date) => SourceRecord;
    };

/** Decodes and parses one plain-text file, with no side effects; the service stores the result. */
/** `metadata` comes from a CSL-JSON file beside the text, and wins over what the text suggests. */
export function prepareTextImport(
  fileName: string,
  bytes: Uint8Array,
  metadata: CslMetadata = {},
): PreparedImport {
  if (!isImportable(fileName)) return { kind: 'refused', reason: unsupportedReason(fileName) };
  let decoded: string | null;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    decoded = null;
  }
  const reason = reasonToRefuse(decoded);
  if (reason !== null || decoded === null)
    return { kind: 'refused', reason: reason ?? 'unreadable' };

  const text = normaliseText(decoded);
  const textHash = sha256(text);
  const id = `s${textHash.slice(0, 12)}`;
  const structure = parsePlainText(text);
  const originalName = `${sha256(bytes)}${originalExtension(fileName)}`;
  return {
    kind: 'ready',
    text,
    textHash,
    originalName,
    record: (now) => ({
      id,
      title: metadata.title ?? structure.title ?? stem(fileName),
      type: metadata.type ?? 'article',
      file: fileName,
      textHash,
      original: originalName,
      importedAt: now.toISOString(),
      metadata: { ...(structure.title ? { title: structure.title } : {}), ...metadata },
      passages: structure.passages.map((span, i) => ({ id: `${id}-p${i + 1}`, ...span })),
    }),
  };
}
