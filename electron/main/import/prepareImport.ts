import { untitledName } from '../../../shared/import/untitledName';
import { refusal, type Refusal } from '../../../shared/import/refusalWords';
import { extensionOf } from '../../../shared/import/formats';
import { layoutDocument } from '../../../shared/import/documentLayout';
import { bylineNames } from '../../../shared/import/bylineNames';
import { fingerprintParagraphs } from '../../../shared/import/nearDuplicate';
import type { CslMetadata, SourceRecord } from '../../../shared/model/source';
import { ImportRefused } from './importRefused';
import type { DocumentMarks } from '../../../shared/import/documentMarks';
import { sha256 } from './hash';
import { prepareComment, type PreparedComment } from './prepareComment';
import { readDocument, type ReadOptions } from './readDocument';

/** The name a file had on the writer's disk, without any folders a client sent along. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

/** The original keeps its ending, so a later importer can tell what it was. */
function originalExtension(fileName: string): string {
  const ext = extensionOf(fileName);
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}

export type PreparedImport =
  | { kind: 'refused'; reason: Refusal }
  | {
      kind: 'ready';
      text: string;
      textHash: string;
      originalName: string;
      record: (now: Date) => SourceRecord;
      comments: PreparedComment[];
      warnings: string[];
      /** Highlights a reader made in the file (a PDF's annotations), to place on its text. */
      marks?: DocumentMarks;
    };

/**
 * Reads one file of any importable format into a source and its comments, with no side
 * effects; the service stores the result. `metadata` comes from a CSL-JSON file beside it and
 * wins over what the file itself suggests.
 */
export async function prepareImport(
  fileName: string,
  bytes: Uint8Array,
  metadata: CslMetadata = {},
  options: ReadOptions = {},
): Promise<PreparedImport> {
  let document;
  try {
    document = await readDocument(fileName, bytes, options);
  } catch (error) {
    if (error instanceof ImportRefused) return { kind: 'refused', reason: error.reason };
    throw error;
  }
  const { text, passages, sections, captions, chapters } = layoutDocument(
    document.title,
    document.blocks,
    document.captions,
    document.chapters,
  );
  if (!text.trim()) return { kind: 'refused', reason: refusal('it holds no text') };
  const textHash = sha256(text);
  const id = `s${textHash.slice(0, 12)}`;
  const own = document.metadata;
  // A closing signature is the author when nothing better says who wrote it.
  const signers = document.signature ? bylineNames(document.signature) : [];
  const signed = signers.length && !metadata.author && !own.author ? { author: signers } : {};
  const merged: CslMetadata = {
    ...(document.title ? { title: document.title } : {}),
    ...own,
    ...signed,
    ...metadata,
  };
  const originalName = `${sha256(bytes)}${originalExtension(fileName)}`;
  return {
    kind: 'ready',
    text,
    textHash,
    originalName,
    warnings: document.warnings,
    ...(document.marks ? { marks: document.marks } : {}),
    comments: document.comments.filter((c) => c.text.trim()).map(prepareComment),
    record: (now) => ({
      id,
      title:
        (typeof merged.title === 'string' && merged.title.trim()) ||
        untitledName(merged, sections[0]?.heading, text),
      type: metadata.type ?? 'article',
      file: fileName,
      textHash,
      original: originalName,
      importedAt: now.toISOString(),
      metadata: merged,
      sections,
      captions,
      ...(chapters.length ? { chapters } : {}),
      passages: passages.map((span, i) => ({ id: `${id}-p${i + 1}`, ...span })),
      ...(document.removed?.length ? { removed: document.removed } : {}),
      fingerprint: fingerprintParagraphs(
        passages.map((span) => text.slice(span.start, span.end)),
      ).map((p) => sha256(p).slice(0, 12)),
    }),
  };
}
