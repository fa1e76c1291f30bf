import { readFile } from 'node:fs/promises';
import { commandLabel } from '../../../shared/history/commandLabels';
import { join } from 'node:path';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import type { ReimportReport } from '../../../shared/api/types';
import { rereadRecord, withReread } from '../../../shared/import/rereadSource';
import { writeOnce } from '../library/blobStore';
import { prepareImport } from './prepareImport';
import { command, findSource, sourceText, type ArchiveState } from '../archive/archiveState';
import { toSummary } from '../library/sourceViews';

/**
 * Reads a source's kept original again with the importer as it is now (a better one than the
 * source was imported with): the text, passages, headings and captions are replaced, the writer's
 * details and notes stay, each highlight follows its quote, and comments found now are added.
 * One undoable step; a highlight whose words are gone is kept, shown as orphaned. With
 * keepRemoved, the lines import removed as site furniture are read back into the text; with
 * keepLines, those lines only. Later re-reads keep what was put back.
 */
export async function reimportSource(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'now'>,
  sourceId: string,
  {
    keepRemoved,
    keepLines,
    original,
  }: {
    keepRemoved?: boolean;
    keepLines?: string[];
    /** A new copy of the page (captured again from the browser), read instead of the kept one. */
    original?: { name: string; bytes: Uint8Array };
  } = {},
): Promise<ReimportReport> {
  const source = findSource(state, sourceId);
  if (source.parentId) {
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords('“{{title}}” is a comment; re-read its article instead.', { title: source.title }),
    );
  }
  // Its original is the export the quotes came from: read as a text, it would replace them.
  if (source.quotesOf) {
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords(
        '“{{title}}” is made of the passages you highlighted in {{file}}; import the export again to add the ones made since.',
        { title: source.title, file: String(source.quotesOf) },
      ),
    );
  }
  if (source.type === 'reference') {
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords('“{{title}}” is a reference with no text to re-read.', { title: source.title }),
    );
  }
  const bytes =
    original?.bytes ??
    (await readFile(join(state.files.originals, source.original)).catch(() => {
      throw new ArchiveError(
        'LIBRARY_UNREADABLE',
        errorWords('The original of “{{title}}” (originals/{{file}}) is missing from {{folder}}.', {
          title: source.title,
          file: String(source.original),
          folder: state.files.dir,
        }),
      );
    }));
  // Once the writer has put removed lines back, every later reading keeps them too.
  const keepFurniture = keepRemoved ?? source.keepsRemoved === true;
  const keptLines = [...new Set([...(source.keptLines ?? []), ...(keepLines ?? [])])];
  const prepared = await prepareImport(
    original?.name ?? source.file,
    bytes,
    {},
    { keepFurniture, keepLines: keptLines },
  );
  if (prepared.kind === 'refused') {
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords('{{file}} cannot be read again: {{reason}}.', {
        file: source.file,
        reason: prepared.reason,
      }),
    );
  }
  const oldText = await sourceText(state, source);
  const at = state.now();
  const updated = rereadRecord(source, prepared.record(at), {
    textHash: prepared.textHash,
    at,
    keepFurniture,
    keptLines,
    ...(original ? { original: { file: original.name, original: prepared.originalName } } : {}),
  });
  const existing = new Set(state.store.doc.sources.map((s) => s.id));
  const comments = prepared.comments
    .map((c, i) => ({ ...c, record: c.record(at, updated, i) }))
    .filter((c) => !existing.has(c.record.id));

  if (original) await writeOnce(state.files.originals, prepared.originalName, bytes);
  await writeOnce(state.files.texts, `${prepared.textHash}.txt`, prepared.text);
  for (const c of comments) await writeOnce(state.files.texts, `${c.textHash}.txt`, c.text);
  state.texts.set(prepared.textHash, prepared.text);
  for (const c of comments) state.texts.set(c.textHash, c.text);

  let report: ReturnType<typeof withReread>['report'] | null = null;
  const { history } = await command(
    state,
    commandLabel('Re-read “{{title}}”', { title: source.title }),
    (doc) => {
      const reread = withReread(
        doc,
        { source, text: oldText },
        { source: updated, text: prepared.text, comments: comments.map((c) => c.record) },
      );
      report = reread.report;
      return reread.doc;
    },
  );
  return {
    source: toSummary(updated),
    ...report!,
    commentsAdded: comments.length,
    history,
  };
}
