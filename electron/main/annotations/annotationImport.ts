import type { ImportOutcome } from '../../../shared/api/types';
import { commandLabel } from '../../../shared/history/commandLabels';
import {
  applyAnnotations,
  IMPORTED_THEME,
  type AnnotationReport,
  type StoredQuotes,
} from '../../../shared/annotations/applyAnnotations';
import type { ReadAnnotations } from '../../../shared/annotations/foreignAnnotation';
import { matchWork } from '../../../shared/annotations/matchWork';
import { byWork, planAnnotations } from '../../../shared/annotations/planAnnotations';
import { extensionOf } from '../../../shared/import/formats';
import { command, newId, type ArchiveState } from '../archive/archiveState';
import { toSummary } from '../library/sourceViews';
import { sha256 } from '../import/hash';
import { writeOnce } from '../library/blobStore';

/**
 * Highlights made in another reader taken into the library as one step Undo takes back: quotes
 * placed on the sources that hold their words, works the library lacks made sources of quotes
 * (the export kept as their original), and every quote that found no place listed and kept.
 */
export async function importAnnotations(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'now'>,
  name: string,
  bytes: Buffer,
  read: ReadAnnotations,
  theme = IMPORTED_THEME,
): Promise<ImportOutcome> {
  const { store } = state;
  const texts = new Map<string, string>();
  // Matched once a work, not once an annotation: a clippings file holds thousands per book.
  for (const { work } of byWork(read.annotations)) {
    const source = matchWork(store.doc.sources, work);
    if (!source || texts.has(source.id)) continue;
    const text = await state.texts.get(source);
    if (text !== null) texts.set(source.id, text);
  }
  const plan = planAnnotations(store.doc.sources, read, (s) => texts.get(s.id) ?? null);

  // Texts and the export first, the library last: a crash between leaves only unused files.
  const original = `${sha256(bytes)}${extensionOf(name)}`;
  if (plan.newWorks.length) await writeOnce(state.files.originals, original, bytes);
  const stored: StoredQuotes = { newWorks: [], grown: [] };
  for (const work of plan.newWorks) {
    const textHash = sha256(work.text);
    state.texts.set(textHash, work.text);
    await writeOnce(state.files.texts, `${textHash}.txt`, work.text);
    stored.newWorks.push({ textHash, original });
  }
  for (const grown of plan.grown) {
    const textHash = sha256(grown.text);
    state.texts.set(textHash, grown.text);
    await writeOnce(state.files.texts, `${textHash}.txt`, grown.text);
    stored.grown.push({ textHash });
  }

  let report: AnnotationReport | undefined;
  const { doc } = await command(
    state,
    commandLabel('Import highlights from {{file}}', { file: name }),
    (d) => {
      const applied = applyAnnotations(d, plan, stored, texts, {
        file: name,
        theme,
        now: state.now(),
        newId,
      });
      report = applied.report;
      return applied.doc;
    },
  );
  const added = new Set(report!.sourcesAdded);
  return {
    file: name,
    status: 'highlights',
    tool: report!.tool,
    theme: report!.theme,
    highlightsAdded: report!.highlightsAdded,
    highlightsExisting: report!.highlightsExisting,
    sourcesTouched: report!.sourcesTouched.length,
    sourcesAdded: doc.sources.filter((s) => added.has(s.id)).map(toSummary),
    notPlaced: report!.notPlaced,
    setAside: report!.skipped,
  };
}
