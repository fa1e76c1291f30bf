import { ImportRefused, refusalReason } from './importRefused';
import { refusal, type Refusal } from '../../../shared/import/refusalWords';
import { inEnglish } from '../../../shared/text/wording';
import { commandLabel } from '../../../shared/history/commandLabels';
import { importAnnotations } from '../annotations/annotationImport';
import type { SourceRecord } from '../../../shared/model/source';
import { duplicateCandidates, sharedParagraphs } from '../../../shared/import/nearDuplicate';
import type { ArchiveHandlers } from '../../../shared/api/contract';
import type { ImportOutcome } from '../../../shared/api/types';
import { isCslSidecar, parseCslSidecar, sidecarStem } from '../../../shared/import/cslSidecar';
import { exchangeFormatOf, extensionOf } from '../../../shared/import/formats';
import { importMetadataFile } from './metadataImport';
import { reimportSource } from './reimportSource';
import { importProjectFile } from '../interchange/projectHandlers';
import { writeOnce } from '../library/blobStore';
import { command, newId, type ArchiveState } from '../archive/archiveState';
import { placeMarks } from '../../../shared/annotations/placeMarks';
import type { MarksReport } from '../../../shared/import/documentMarks';
import { baseName, prepareImport } from './prepareImport';
import { withCitationKeys } from '../../../shared/cite/citationKeys';
import { toSummary } from '../library/sourceViews';
import { projectWords } from '../../../shared/interchange/projectWords';
import { referenceWords } from '../../../shared/import/referenceWords';
import { warning } from '../../../shared/import/warningWords';

const NOT_AN_EXPORT =
  'a .zip is read only when it is an Omnivore export (it holds metadata_N_to_M.json lists); unpack any other archive and import its files';

export type ImportHandlers = Pick<ArchiveHandlers, 'importFiles' | 'reimportSource'>;

/** A file not imported: the English line (the CLI's) and its reason for the window to word. */
function failed(file: string, why: Refusal): ImportOutcome {
  return { file, status: 'failed', reason: `${file} was not imported: ${inEnglish(why)}.`, why };
}

/** Files brought into the library, each alone, and a source read again from its original. */
export function importHandlers(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'now'>,
): ImportHandlers {
  const { store } = state;
  return {
    importFiles: async ({ files, highlightTheme }) => {
      const results: ImportOutcome[] = [];
      const named = files.map((f) => ({
        name: baseName(f.name),
        bytes: Buffer.from(f.dataBase64, 'base64'),
      }));
      const sidecars = new Map(
        named
          .filter((f) => isCslSidecar(f.name))
          .map((f) => [sidecarStem(f.name), { ...f, used: false }]),
      );
      // One file at a time, each its own write: whatever its reader throws, a file fails alone.
      const alone = async (name: string, work: () => Promise<ImportOutcome>) => {
        try {
          results.push(await work());
        } catch (error) {
          results.push(failed(name, refusalReason(error)));
        }
      };
      for (const file of named.filter((f) => !isCslSidecar(f.name))) {
        if (/\.qdpx$/i.test(file.name)) {
          await alone(file.name, async () => {
            const r = await importProjectFile(state, file.name, file.bytes);
            return {
              file: file.name,
              status: 'project',
              sourcesAdded: r.sourcesAdded,
              highlightsAdded: r.highlightsAdded,
              setAside: r.setAside.map((s) => projectWords('{{where}}: {{reason}}', s)),
              notes: r.notes,
            };
          });
          continue;
        }
        if (extensionOf(file.name) === '.zip') {
          await alone(file.name, async () => {
            const read = await (
              await import('../annotations/omnivoreZip')
            ).readOmnivoreZip(file.bytes);
            if (!read) throw new ImportRefused(refusal('{{detail}}', { detail: NOT_AN_EXPORT }));
            if ('error' in read)
              throw new ImportRefused(refusal('{{detail}}', { detail: read.error }));
            return importAnnotations(state, file.name, file.bytes, read, highlightTheme);
          });
          continue;
        }
        // The exports' readers (papaparse among them) load with the first import, not with
        // every command.
        const { readAnnotationFile } = await import('../../../shared/annotations/annotationFile');
        const annotations = readAnnotationFile(file.name, file.bytes);
        if (annotations) {
          await alone(file.name, async () => {
            if ('error' in annotations)
              throw new ImportRefused(refusal('{{detail}}', { detail: annotations.error }));
            return importAnnotations(state, file.name, file.bytes, annotations, highlightTheme);
          });
          continue;
        }
        if (exchangeFormatOf(file.name)) {
          await alone(file.name, () => importMetadataFile(state, file.name, file.bytes));
          continue;
        }
        const sidecar = sidecars.get(file.name.replace(/\.[^.]+$/, ''));
        if (sidecar) sidecar.used = true;
        await alone(file.name, () =>
          importOne(state, file.name, file.bytes, sidecar, highlightTheme),
        );
      }
      // A sidecar that comes later than its text updates the source imported from that text.
      for (const sidecar of sidecars.values()) {
        if (sidecar.used) continue;
        const stemOf = (file: string) => file.replace(/\.[^.]+$/, '');
        const target = store.doc.sources.find(
          (s) => !s.parentId && stemOf(s.file) === sidecarStem(sidecar.name),
        );
        await alone(sidecar.name, () =>
          importMetadataFile(state, sidecar.name, sidecar.bytes, target),
        );
      }
      return { results };
    },

    reimportSource: async ({ sourceId, keepRemoved, keepLines }) =>
      reimportSource(state, sourceId, { keepRemoved, keepLines }),
  };
}

async function importOne(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'now'>,
  name: string,
  bytes: Buffer,
  sidecar?: { name: string; bytes: Buffer },
  highlightTheme?: string,
): Promise<ImportOutcome> {
  const { files, store, texts, now } = state;
  let metadata = {};
  let repairs: string[] = [];
  if (sidecar) {
    const parsed = parseCslSidecar(sidecar.bytes.toString('utf8'));
    if ('error' in parsed) {
      return failed(
        name,
        refusal('its metadata file {{file}} is unusable: {{detail}}', {
          file: sidecar.name,
          detail: parsed.error,
        }),
      );
    }
    metadata = parsed.metadata;
    repairs = parsed.repairs.map((repair) =>
      referenceWords('{{label}}: {{repair}}', { label: sidecar.name, repair }),
    );
  }
  const prepared = await prepareImport(name, bytes, metadata);
  if (prepared.kind === 'refused') return failed(name, prepared.reason);
  const existing = store.doc.sources.find((s) => s.textHash === prepared.textHash);
  const markOptions = { theme: highlightTheme, now: state.now(), newId };
  if (existing) {
    // The same text with more highlights made in it since: the new ones come in.
    let marks: MarksReport | undefined;
    if (prepared.marks?.marks.length) {
      await command(
        state,
        commandLabel('Import highlights from {{file}}', { file: name }),
        (doc) => {
          const placed = placeMarks(doc, existing.id, prepared.text, prepared.marks!, markOptions);
          marks = placed.report;
          return placed.doc;
        },
      );
    }
    return {
      file: name,
      status: 'duplicate',
      sourceId: existing.id,
      title: existing.title,
      ...(marks ? { marks } : {}),
    };
  }

  const at = now();
  const record = prepared.record(at);
  const copyOf = await nearDuplicateOf(state, record, prepared.text);
  const comments = prepared.comments.map((c, i) => ({ ...c, record: c.record(at, record, i) }));
  let marks: MarksReport | undefined;
  // In the cache before the library changes, so the search index reads them from memory.
  texts.set(prepared.textHash, prepared.text);
  for (const c of comments) texts.set(c.textHash, c.text);
  try {
    // Content files first, the library last: a crash in between leaves only unused files.
    await writeOnce(files.texts, `${prepared.textHash}.txt`, prepared.text);
    for (const c of comments) await writeOnce(files.texts, `${c.textHash}.txt`, c.text);
    await writeOnce(files.originals, prepared.originalName, bytes);
    // The article and its comments land together, or not at all, as one step Undo takes back.
    await command(state, commandLabel('Import “{{title}}”', { title: record.title }), (doc) => {
      const added = withCitationKeys({
        ...doc,
        sources: [...doc.sources, record, ...comments.map((c) => c.record)],
      });
      if (!prepared.marks) return added;
      const placed = placeMarks(added, record.id, prepared.text, prepared.marks, markOptions);
      marks = placed.report;
      return placed.doc;
    });
  } catch (error) {
    return {
      file: name,
      status: 'failed',
      reason: `${name} was not imported: the library could not be written (${(error as Error).message}).`,
    };
  }
  return {
    file: name,
    status: 'imported',
    source: toSummary(record),
    ...(comments.length ? { commentIds: comments.map((c) => c.record.id) } : {}),
    ...(sidecar ? { metadataFile: sidecar.name } : {}),
    ...(marks ? { marks } : {}),
    ...(prepared.warnings.length || repairs.length || copyOf
      ? { warnings: [...prepared.warnings, ...repairs, ...(copyOf ? [copyOf] : [])] }
      : {}),
  };
}

/**
 * Whether a new source is another copy of one in the library (the same page pasted again with
 * different furniture): it is imported all the same, and the writer is told which it matched.
 */
async function nearDuplicateOf(
  state: Pick<ArchiveState, 'store' | 'texts'>,
  record: SourceRecord,
  text: string,
): Promise<string | null> {
  const paragraphs = record.passages.map((p) => text.slice(p.start, p.end));
  for (const other of duplicateCandidates(state.store.doc.sources, record.fingerprint ?? [])) {
    const otherText = await state.texts.get(other);
    if (otherText === null) continue;
    const theirs = other.passages.map((p) => otherText.slice(p.start, p.end));
    // Either text may carry more of the page: the one that holds the other is its copy.
    const shared = Math.max(
      sharedParagraphs(paragraphs, theirs),
      sharedParagraphs(theirs, paragraphs),
    );
    if (shared >= 0.8)
      return warning(
        'it looks like another copy of “{{title}}” ({{share}} % of its paragraphs are the same); both are kept',
        { title: other.title, share: String(Math.round(shared * 100)) },
      );
  }
  return null;
}
