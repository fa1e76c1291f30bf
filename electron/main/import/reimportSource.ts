import { readFile } from 'node:fs/promises';
import { commandLabel } from '../../../shared/history/commandLabels';
import { join } from 'node:path';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import type { ReimportReport } from '../../../shared/api/types';
import type { Highlight } from '../../../shared/model/theme';
import type { SourceRecord } from '../../../shared/model/source';
import { createAnchor, resolveAnchor } from '../../../shared/themes/highlightAnchor';
import { renumberedHighlights, type MovedHighlight } from '../../../shared/cite/renumbered';
import { writeOnce } from '../library/blobStore';
import { prepareImport } from './prepareImport';
import { command, findSource, sourceText, type ArchiveState } from '../archive/archiveState';
import { toSummary } from '../library/sourceViews';

/** A highlight moved onto the same words in the new text, or null when they are gone. */
function reanchored(highlight: Highlight, oldText: string, newText: string) {
  const quote = resolveAnchor(oldText, highlight.anchor);
  const anchor = quote.orphaned ? highlight.anchor : createAnchor(oldText, quote.start, quote.end);
  const found = resolveAnchor(newText, anchor);
  if (found.orphaned) return null;
  return {
    highlight: { ...highlight, anchor: createAnchor(newText, found.start, found.end) },
    moved: {
      highlightId: highlight.id,
      quote: newText.slice(found.start, found.end),
      oldStart: quote.orphaned ? -1 : quote.start,
      newStart: found.start,
    },
  };
}

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
  const fresh = prepared.record(at);
  const {
    removed: _removed,
    keepsRemoved: _keeps,
    keptLines: _kept,
    chapters: _chapters,
    ...rest
  } = source;
  const updated: SourceRecord = {
    ...rest,
    ...(fresh.removed ? { removed: fresh.removed } : {}),
    ...(fresh.fingerprint ? { fingerprint: fresh.fingerprint } : {}),
    ...(keepFurniture ? { keepsRemoved: true } : {}),
    ...(keptLines.length && !keepFurniture ? { keptLines } : {}),
    textHash: prepared.textHash,
    ...(original ? { file: original.name, original: prepared.originalName } : {}),
    passages: fresh.passages.map((p, i) => ({
      ...p,
      id: `${source.id}-r${at.getTime().toString(36)}-p${i + 1}`,
    })),
    sections: fresh.sections ?? [],
    ...(fresh.chapters ? { chapters: fresh.chapters } : {}),
    captions: fresh.captions ?? [],
    // What the writer entered wins; what the new reading found fills the gaps.
    metadata: { ...fresh.metadata, ...source.metadata },
  };
  const existing = new Set(state.store.doc.sources.map((s) => s.id));
  const comments = prepared.comments
    .map((c, i) => ({ ...c, record: c.record(at, updated, i) }))
    .filter((c) => !existing.has(c.record.id));

  if (original) await writeOnce(state.files.originals, prepared.originalName, bytes);
  await writeOnce(state.files.texts, `${prepared.textHash}.txt`, prepared.text);
  for (const c of comments) await writeOnce(state.files.texts, `${c.textHash}.txt`, c.text);
  state.texts.set(prepared.textHash, prepared.text);
  for (const c of comments) state.texts.set(c.textHash, c.text);

  let kept = 0;
  let orphaned = 0;
  const moves: MovedHighlight[] = [];
  const { history } = await command(
    state,
    commandLabel('Re-read “{{title}}”', { title: source.title }),
    (doc) => ({
      ...doc,
      sources: [
        ...doc.sources.map((s) => (s.id === sourceId ? updated : s)),
        ...comments.map((c) => c.record),
      ],
      highlights: doc.highlights.map((h) => {
        if (h.sourceId !== sourceId) return h;
        const moved = reanchored(h, oldText, prepared.text);
        if (!moved) {
          orphaned++;
          return h;
        }
        kept++;
        moves.push(moved.moved);
        return moved.highlight;
      }),
    }),
  );
  return {
    source: toSummary(updated),
    highlightsKept: kept,
    highlightsOrphaned: orphaned,
    commentsAdded: comments.length,
    renumbered: renumberedHighlights(source.passages, updated.passages, moves),
    history,
  };
}
