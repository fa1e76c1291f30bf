import { readFile } from 'node:fs/promises';
import { part, refusal } from '../../../shared/import/refusalWords';
import { commandLabel } from '../../../shared/history/commandLabels';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import type { ArchiveHandlers } from '../../../shared/api/contract';
import { ArchiveError } from '../../../shared/api/errors';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import { applyProject, type StoredText } from '../../../shared/interchange/projectImport';
import { writeOnce } from '../library/blobStore';
import { readZip } from '../import/zipLimits';
import { ImportRefused } from '../import/importRefused';
import type { ProjectImportOutcome } from '../../../shared/api/types';
import { sha256 } from '../import/hash';
import { command, newId, type ArchiveState } from '../archive/archiveState';
import { refiGuid } from './refiGuid';
import { readWriterNames, readWriters, writeWriters } from '../sync/writersFile';

export type ProjectHandlers = Pick<ArchiveHandlers, 'exportProject' | 'importProject'>;

const PROJECT_FILE = 'project.qde';

// The project's XML reader and writer (and fast-xml-parser) load when a project is exchanged,
// not with every command.
const projectRead = () => import('../../../shared/interchange/projectRead');
const projectWrite = () => import('../../../shared/interchange/projectWrite');

/** Who the project names as its User: the writer given, or this computer's account. */
function writerName(given: string | undefined): string {
  if (given?.trim()) return given.trim();
  try {
    return userInfo().username || 'Dossier';
  } catch {
    return 'Dossier';
  }
}

export function projectHandlers(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'now'>,
): ProjectHandlers {
  const doc = () => state.store.doc;
  return {
    exportProject: async ({ writer, name }) => {
      const library: LibraryDocument = doc();
      const texts = new Map<string, string>();
      for (const source of library.sources) {
        const text = await state.texts.get(source);
        if (text !== null) texts.set(source.id, text);
      }
      const { libraryToProject } = await projectWrite();
      const project = libraryToProject({
        doc: library,
        texts,
        guid: (kind, id) => refiGuid(library, kind, id),
        writer: writerName(writer),
        writers: await readWriterNames(state.files.dir),
        now: state.now(),
        name: name?.trim() || 'Dossier library',
      });
      // A fixed date for every entry: the same library makes the same bytes.
      const { default: JSZip } = await import('jszip');
      const zip = new JSZip();
      const date = new Date(library.createdAt);
      const options = { date: Number.isNaN(date.getTime()) ? new Date(0) : date };
      zip.file(PROJECT_FILE, project.xml, options);
      for (const file of project.files) {
        if (file.kind === 'text') {
          zip.file(`sources/${file.name}`, texts.get(file.source.id)!, options);
          continue;
        }
        const original = await readOriginal(state, file.source.original);
        if (original) zip.file(`sources/${file.name}`, original, options);
      }
      const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      return {
        fileName: 'library.qdpx',
        mimeType: 'application/zip',
        dataBase64: bytes.toString('base64'),
        count: project.highlights,
        ...(project.warnings.length ? { warnings: project.warnings } : {}),
      };
    },

    importProject: async ({ name, dataBase64 }) => {
      try {
        return await importProjectFile(state, name, Buffer.from(dataBase64, 'base64'));
      } catch (error) {
        if (!(error instanceof ImportRefused)) throw error;
        throw new ArchiveError('INVALID_INPUT', `${name} was not imported: ${error.message}.`);
      }
    },
  };
}

/**
 * A .qdpx taken into the library as one undoable step; refused (ImportRefused) when it is not
 * a project Dossier can read, before anything is written.
 */
export async function importProjectFile(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts' | 'history' | 'now'>,
  name: string,
  bytes: Buffer,
): Promise<ProjectImportOutcome> {
  const parts = await readZip(bytes, () => true, { what: part('a REFI-QDA project') });
  const qde = [...parts.keys()].find((k) => k.toLowerCase() === PROJECT_FILE);
  if (!qde)
    throw new ImportRefused(
      refusal('it is not a REFI-QDA project (it has no {{file}})', { file: PROJECT_FILE }),
    );
  const fileText = (path: string) => parts.get(path)?.toString('utf8') ?? null;
  const { internalPath, readProjectXml } = await projectRead();
  const project = readProjectXml(parts.get(qde)!.toString('utf8'), fileText);
  if ('error' in project) throw new ImportRefused(refusal('{{detail}}', { detail: project.error }));

  // Texts and originals first, the library last: a crash between leaves only unused files.
  const stored = new Map<string, StoredText>();
  for (const source of project.sources) {
    const textHash = sha256(source.text);
    const dossierOriginal = internalPath(
      typeof source.dossier?.original === 'string' ? source.dossier.original : undefined,
    );
    const fromProject = dossierOriginal ? parts.get(dossierOriginal) : undefined;
    const originalBytes = fromProject ?? Buffer.from(source.text);
    const ext = fromProject ? (/\.[a-z0-9]{1,8}$/.exec(dossierOriginal!)?.[0] ?? '') : '.txt';
    const original = `${sha256(originalBytes)}${ext}`;
    state.texts.set(textHash, source.text);
    await writeOnce(state.files.texts, `${textHash}.txt`, source.text);
    await writeOnce(state.files.originals, original, originalBytes);
    stored.set(source.guid, { textHash, original });
  }
  let report: ReturnType<typeof applyProject>['report'] | undefined;
  const { history } = await command(
    state,
    commandLabel('Import project {{file}}', { file: name }),
    (d) => {
      const applied = applyProject(d, project, stored, { now: state.now(), newId });
      report = applied.report;
      return applied.doc;
    },
  );
  // The coders it names become the library's writers, so their agreement can be measured.
  if (report!.coders.length) {
    const writers = await readWriters(state.files.dir);
    for (const { guid, name: coder } of report!.coders) writers[guid] ??= { name: coder };
    await writeWriters(state.files.dir, writers);
  }
  return { file: name, ...report!, history };
}

async function readOriginal(
  state: Pick<ArchiveState, 'files'>,
  name: string,
): Promise<Buffer | null> {
  try {
    return await readFile(join(state.files.originals, name));
  } catch {
    return null;
  }
}
