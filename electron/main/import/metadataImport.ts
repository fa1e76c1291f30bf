import { withCitationKeys } from '../../../shared/cite/citationKeys';
import { commandLabel } from '../../../shared/history/commandLabels';
import { keyAfterEdit } from '../../../shared/cite/citationKeyLife';
import { isUntitledName, untitledName } from '../../../shared/import/untitledName';
import { checkCslItem } from '../../../shared/model/cslCheck';
import { plainTitle } from '../../../shared/text/plainTitle';
import type { HistoryState, ImportOutcome } from '../../../shared/api/types';
import { exchangeFormatOf } from '../../../shared/import/formats';
import { matchSource } from '../../../shared/import/matchSource';
import type { CslMetadata, SourceRecord } from '../../../shared/model/source';
import { writeOnce } from '../library/blobStore';
import { sha256 } from './hash';
import { isShared } from '../sync/replicaFiles';
import { command, findSource, type ArchiveState } from '../archive/archiveState';
import { toSummary } from '../library/sourceViews';
import { referenceWords } from '../../../shared/import/referenceWords';

/** A record's fields as a source's metadata: a record's id is its file's, not the source's. */
function metadataOf(item: CslMetadata): CslMetadata {
  const { id: _id, ...metadata } = item as CslMetadata & { id?: unknown };
  return metadata;
}

function withMetadata(source: SourceRecord, metadata: CslMetadata): SourceRecord {
  const own = typeof metadata.title === 'string' ? plainTitle(metadata.title) : '';
  // A name Dossier made up gives way to the real title; with none, it follows the author.
  const madeUp = isUntitledName(source.title) || source.title === stem(source.file);
  const title = own
    ? own
    : madeUp && metadata.author?.length
      ? untitledName(metadata)
      : source.title;
  return { ...source, metadata, title };
}

const stem = (file: string) => file.replace(/\.[^.]+$/, '');

/** Replaces a source's metadata as one undoable edit (the inspector's editor). */
export async function setMetadata(
  state: Pick<ArchiveState, 'files' | 'store' | 'history'>,
  sourceId: string,
  metadata: CslMetadata,
): Promise<HistoryState> {
  const source = findSource(state, sourceId);
  // A key Dossier made and no one used follows the corrected details, except in a shared
  // library: there the other writers' drafts may hold it, and a key that followed would also
  // make a second conflict of every title two writers edit at once.
  const follows = !(await isShared(state));
  const { history } = await command(
    state,
    commandLabel('Edit details of “{{title}}”', { title: source.title }),
    (doc) => ({
      ...doc,
      sources: doc.sources.map((s) => {
        if (s.id !== sourceId) return s;
        const edited = withMetadata(s, metadataOf(metadata));
        return follows ? keyAfterEdit(s, edited, doc.sources) : edited;
      }),
    }),
  );
  return history;
}

/** A source for a work the writer has only as a reference: metadata, no text yet. */
function referenceSource(
  item: CslMetadata,
  fileName: string,
  original: string,
  now: Date,
): SourceRecord {
  const metadata = metadataOf(item);
  return {
    id: `s${sha256(`reference:${JSON.stringify(metadata)}`).slice(0, 12)}`,
    title:
      (typeof metadata.title === 'string' && plainTitle(metadata.title)) || 'Untitled reference',
    type: 'reference',
    file: fileName,
    textHash: sha256(''),
    original,
    importedAt: now.toISOString(),
    metadata,
    passages: [],
  };
}

/**
 * A BibTeX, RIS or CSL-JSON file: each record updates the source it describes (fields it gives
 * replace the source's, fields it lacks are kept) or becomes a reference of its own. The whole
 * file is one write and one undoable step.
 */
export async function importMetadataFile(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'now'>,
  fileName: string,
  bytes: Buffer,
  target?: SourceRecord,
): Promise<ImportOutcome> {
  const format = exchangeFormatOf(fileName) ?? 'csl-json';
  const items: CslMetadata[] = [];
  const setAside: string[] = [];
  const warnings: string[] = [];
  try {
    const { readExchangeFile } = await import('../cite/exchangeImport');
    const read = readExchangeFile(bytes.toString('utf8').replace(/^\uFEFF/, ''), format);
    setAside.push(...read.setAside);
    warnings.push(...read.notes);
    // Each record is checked on its own: a bad one is set aside and named, the rest come in.
    for (const { item, label } of read.records) {
      const checked = checkCslItem(item);
      if (!checked.ok)
        setAside.push(
          referenceWords('{{label}} was set aside: {{reason}}', { label, reason: checked.reason }),
        );
      else {
        items.push(checked.item);
        for (const repair of checked.repairs)
          warnings.push(referenceWords('{{label}}: {{repair}}', { label, repair }));
      }
    }
  } catch (error) {
    return {
      file: fileName,
      status: 'failed',
      reason: `${fileName} was not imported: ${(error as Error).message.split('\n')[0]}.`,
    };
  }
  const { store, files, texts, now } = state;
  const at = now();
  const original = `${sha256(bytes)}${format === 'bibtex' ? '.bib' : format === 'ris' ? '.ris' : '.json'}`;
  const updated = new Map<string, SourceRecord>();
  const created: SourceRecord[] = [];
  const taken = new Set([...store.doc.sources.map((s) => s.id)]);
  for (const item of items) {
    const match = target && items.length === 1 ? target : matchSource(store.doc.sources, item);
    if (match) {
      const current = updated.get(match.id) ?? match;
      updated.set(match.id, withMetadata(current, { ...current.metadata, ...metadataOf(item) }));
    } else {
      const reference = referenceSource(item, fileName, original, at);
      if (!taken.has(reference.id)) {
        taken.add(reference.id);
        created.push(reference);
      }
    }
  }
  try {
    await writeOnce(files.originals, original, bytes);
    if (created.length) await writeOnce(files.texts, `${sha256('')}.txt`, '');
    await command(state, commandLabel('Import {{file}}', { file: fileName }), (doc) =>
      withCitationKeys({
        ...doc,
        sources: [...doc.sources.map((s) => updated.get(s.id) ?? s), ...created],
      }),
    );
  } catch (error) {
    return {
      file: fileName,
      status: 'failed',
      reason: `${fileName} was not imported: the library could not be written (${(error as Error).message}).`,
    };
  }
  if (created.length) texts.set(sha256(''), '');
  return {
    file: fileName,
    status: 'metadata',
    created: created.map(toSummary),
    updated: [...updated.values()].map(toSummary),
    ...(setAside.length ? { setAside } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
}
