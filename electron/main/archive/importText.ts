import { createHash } from 'node:crypto';
import { extensionOf, isImportable, unsupportedReason } from '../../../shared/import/formats';
import { normaliseText } from '../../../shared/import/normaliseText';
import { linesOf } from '../../../shared/import/plainText';
import type { RecoveredComment } from '../../../shared/import/webText/comments';
import { recoverStructure } from '../../../shared/import/webText/recoverStructure';
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

export interface PreparedComment {
  text: string;
  textHash: string;
  record: (now: Date, parent: SourceRecord, index: number) => SourceRecord;
}

export type PreparedImport =
  | { kind: 'refused'; reason: string }
  | {
      kind: 'ready';
      text: string;
      textHash: string;
      originalName: string;
      record: (now: Date) => SourceRecord;
      comments: PreparedComment[];
    };

const COMMENT_TITLE_WORDS = 12;

function commentTitle(text: string): string {
  const words = text.split(/\s+/);
  return words.length > COMMENT_TITLE_WORDS
    ? `${words.slice(0, COMMENT_TITLE_WORDS).join(' ')}…`
    : text;
}

/** A reader comment as a source of its own, linked to its article and citable on its own. */
function prepareComment(comment: RecoveredComment): PreparedComment {
  const text = comment.text;
  const textHash = sha256(text);
  return {
    text,
    textHash,
    record: (now, parent, index) => {
      const id = `s${sha256(`${parent.id}:${textHash}`).slice(0, 12)}`;
      // A comment's paragraphs are its passages; its first line is no title.
      const spans = linesOf(text).filter((l) => l.text.trim());
      return {
        id,
        title: `Comment ${index + 1} on “${parent.title}”${comment.author ? ` by ${comment.author}` : ''}`,
        type: 'comment',
        file: parent.file,
        textHash,
        original: parent.original,
        importedAt: now.toISOString(),
        parentId: parent.id,
        metadata: {
          type: 'post',
          genre: 'Comment',
          title: commentTitle(text),
          ...(comment.author ? { author: [{ literal: comment.author }] } : {}),
          ...(typeof parent.metadata['container-title'] === 'string'
            ? { 'container-title': parent.metadata['container-title'] }
            : {}),
          ...(parent.metadata.URL ? { URL: parent.metadata.URL } : {}),
        },
        passages: spans.map((span, i) => ({
          id: `${id}-p${i + 1}`,
          start: span.start,
          end: span.end,
        })),
      };
    },
  };
}

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

  const structure = recoverStructure(normaliseText(decoded));
  const text = structure.text;
  const textHash = sha256(text);
  const id = `s${textHash.slice(0, 12)}`;
  // A closing signature is the author when nothing better says who wrote it.
  const signed =
    structure.signature && !metadata.author ? { author: [{ literal: structure.signature }] } : {};
  const originalName = `${sha256(bytes)}${originalExtension(fileName)}`;
  return {
    kind: 'ready',
    text,
    textHash,
    originalName,
    comments: structure.comments.filter((c) => c.text.trim()).map(prepareComment),
    record: (now) => ({
      id,
      title: metadata.title ?? structure.title ?? stem(fileName),
      type: metadata.type ?? 'article',
      file: fileName,
      textHash,
      original: originalName,
      importedAt: now.toISOString(),
      metadata: { ...(structure.title ? { title: structure.title } : {}), ...signed, ...metadata },
      sections: structure.sections,
      captions: structure.captions,
      passages: structure.passages.map((span, i) => ({ id: `${id}-p${i + 1}`, ...span })),
    }),
  };
}
