import { withCitationKeys } from '../cite/citationKeys';
import { blocksOf, isHardWrapped, linesOf, type TextSpan } from '../import/plainText';
import type { LibraryDocument } from '../model/libraryDocument';
import { checkRecord } from '../model/libraryRecords';
import type { SourceRecord } from '../model/source';
import type { Highlight } from '../model/theme';
import { applyCodebook, type CodebookChange } from '../themes/codebookImport';
import { createAnchor } from '../themes/highlightAnchor';
import type { ReadProject, ReadSource } from './projectRead';
import { countedProjectWords, projectWords } from './projectWords';
import { recordWords } from '../model/recordWords';

/** What the service stored for a project's source before the library takes it in. */
export interface StoredText {
  textHash: string;
  /** File name inside originals/. */
  original: string;
}

export interface ProjectImportReport {
  sourcesAdded: number;
  /** Sources the library already had (the same text): their codings were added to them. */
  sourcesMatched: number;
  highlightsAdded: number;
  /** Codings the library already had at the same place with the same themes. */
  highlightsExisting: number;
  codebook: CodebookChange;
  collections: number;
  setAside: { where: string; reason: string }[];
  notes: string[];
  /** The project's coders who signed highlights taken in, by GUID, to name as writers. */
  coders: { guid: string; name: string }[];
}

/** Paragraphs of a text another tool wrote: blank-line blocks, or lines where it is not wrapped. */
function passagesOf(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const block of blocksOf(linesOf(text))) {
    if (isHardWrapped(block)) spans.push({ start: block[0]!.start, end: block.at(-1)!.end });
    else for (const line of block) spans.push({ start: line.start, end: line.end });
  }
  return spans.length ? spans : [{ start: 0, end: text.length }];
}

const validDate = (value: string | undefined, fallback: Date) =>
  value && !Number.isNaN(Date.parse(value))
    ? new Date(value).toISOString()
    : fallback.toISOString();

/** The record of a project's source: Dossier's own layout when the project carries it. */
function sourceRecord(
  read: ReadSource,
  stored: StoredText,
  taken: ReadonlySet<string>,
  now: Date,
): SourceRecord | { reason: string } {
  const derivedId = `s${stored.textHash.slice(0, 12)}`;
  const base = {
    title: read.name,
    file: read.name,
    type: 'article',
    importedAt: validDate(read.createdAt, now),
    ...read.dossier,
    textHash: stored.textHash,
    original: stored.original,
    metadata: read.csl ?? { title: read.name },
    ...(read.note ? { note: read.note } : {}),
  };
  const record: Record<string, unknown> = read.dossier
    ? { ...base, title: read.name || String(read.dossier.title ?? '') }
    : {
        ...base,
        id: derivedId,
        passages: passagesOf(read.text).map((span, i) => ({
          id: `${derivedId}-p${i + 1}`,
          ...span,
        })),
      };
  if (typeof record.id !== 'string' || taken.has(record.id)) record.id = derivedId;
  // Comments find their article again through the project's links.
  delete record.parentId;
  const checked = checkRecord('sources', record);
  if (!checked.ok) return { reason: checked.reason };
  if (checked.record.passages.some((p) => p.end > read.text.length))
    return { reason: recordWords('its recorded paragraphs run past the end of its text') };
  return checked.record;
}

/**
 * A read project taken into the library: its codes merged into the codebook (a new library that
 * has not chosen its codebook takes the project's), its sources added unless the library has
 * the same text, its codings as highlights at their exact places, its sets as collections.
 */
export function applyProject(
  doc: LibraryDocument,
  project: ReadProject,
  stored: ReadonlyMap<string, StoredText>,
  options: { now: Date; newId: (prefix: string) => string },
): { doc: LibraryDocument; report: ProjectImportReport } {
  const fresh = doc.codebookPending === true && doc.highlights.length === 0;
  const codebook = applyCodebook(doc, project.themes, fresh ? 'replace' : 'merge');
  const next: LibraryDocument = { ...codebook.doc, codebookPending: false };
  const themeOf = new Map(
    project.themes.flatMap((t, i) => (t.guid ? [[t.guid, codebook.ids[i]!]] : [])),
  );
  const setAside = [...project.setAside];
  const notes = [...project.notes];
  const report = {
    sourcesAdded: 0,
    sourcesMatched: 0,
    highlightsAdded: 0,
    highlightsExisting: 0,
    collections: 0,
  };
  let unknownCodes = 0;

  const coders = new Set(project.users.map((u) => u.guid));
  const signers = new Set<string>();
  const sourceOf = new Map<string, string>();
  const sources = [...next.sources];
  const highlights = [...next.highlights];
  const taken = new Set(sources.map((s) => s.id));
  for (const read of project.sources) {
    const file = stored.get(read.guid);
    if (!file) continue;
    let source = sources.find((s) => s.textHash === file.textHash);
    if (source) report.sourcesMatched++;
    else {
      const record = sourceRecord(read, file, taken, options.now);
      if ('reason' in record) {
        setAside.push({
          where: projectWords('“{{name}}”', { name: read.name }),
          reason: record.reason,
        });
        continue;
      }
      source = record;
      sources.push(record);
      taken.add(record.id);
      report.sourcesAdded++;
    }
    sourceOf.set(read.guid, source.id);
    const coded = codedHighlights(read, source.id, highlights, { themeOf, coders, ...options });
    unknownCodes += coded.unknownCodes;
    report.highlightsExisting += coded.existing;
    report.highlightsAdded += coded.added.length;
    highlights.push(...coded.added);
    for (const h of coded.added) if (h.by) signers.add(h.by);
  }
  if (unknownCodes)
    notes.push(
      countedProjectWords(
        "1 coding named a code the project's codebook does not have; the highlight was kept without that theme.",
        "{{count}} codings named a code the project's codebook does not have; the highlight was kept without that theme.",
        unknownCodes,
      ),
    );

  const linked = linkedComments(sources, project.links, sourceOf);
  if (linked.foreign)
    notes.push(
      countedProjectWords(
        '1 link between sources not read: Dossier links only comments to their article.',
        '{{count}} links between sources not read: Dossier links only comments to their article.',
        linked.foreign,
      ),
    );
  const collections = withSets(next.sourceCollections, project.sets, sourceOf, options);
  report.collections += project.sets.length;

  return {
    doc: withCitationKeys({
      ...next,
      sources: linked.sources,
      highlights,
      sourceCollections: collections,
    }),
    report: {
      ...report,
      codebook: codebook.change,
      setAside,
      notes,
      coders: project.users.filter((u) => signers.has(u.guid)),
    },
  };
}

/**
 * A source's coded selections as highlights, each on the themes its codes became; one the library
 * already holds (same place, same themes, and unsigned or signed by the same coder) is counted,
 * not added again. Codes the project's codebook lacks are counted and left off.
 */
function codedHighlights(
  read: ReadSource,
  sourceId: string,
  held: readonly Highlight[],
  context: {
    themeOf: ReadonlyMap<string, string>;
    coders: ReadonlySet<string>;
    now: Date;
    newId: (prefix: string) => string;
  },
): { added: Highlight[]; existing: number; unknownCodes: number } {
  const added: Highlight[] = [];
  let existing = 0;
  let unknownCodes = 0;
  for (const s of read.selections) {
    const themeIds = [
      ...new Set(
        s.codeGuids.flatMap((g) => {
          const id = context.themeOf.get(g);
          if (!id) unknownCodes++;
          return id ? [id] : [];
        }),
      ),
    ];
    // The project's coder signs the highlight, where the project names them.
    const by = s.user && context.coders.has(s.user) ? s.user : undefined;
    const isSame = (h: Highlight) =>
      h.sourceId === sourceId &&
      h.anchor.start === s.start &&
      h.anchor.end === s.end &&
      h.themeIds.length === themeIds.length &&
      themeIds.every((t) => h.themeIds.includes(t)) &&
      // A highlight of this library's own, unsigned, is the same one however signed.
      (h.by === undefined || h.by === by);
    if (held.some(isSame) || added.some(isSame)) {
      existing++;
      continue;
    }
    added.push({
      id: context.newId('h'),
      sourceId,
      themeIds,
      note: s.note,
      anchor: createAnchor(read.text, s.start, s.end),
      createdAt: validDate(s.createdAt, context.now),
      ...(by ? { by } : {}),
    });
  }
  return { added, existing, unknownCodes };
}

/**
 * The project's links read as Dossier holds them: a comment linked to its article takes it as
 * its parent; any other link is counted as not read.
 */
function linkedComments(
  sources: readonly SourceRecord[],
  links: ReadProject['links'],
  sourceOf: ReadonlyMap<string, string>,
): { sources: SourceRecord[]; foreign: number } {
  let foreign = 0;
  const linked = sources.map((s) => {
    const link = links.find((l) => sourceOf.get(l.from) === s.id);
    if (!link) return s;
    const parent = sourceOf.get(link.to);
    if (link.name !== 'comment on' || !parent || parent === s.id) {
      foreign++;
      return s;
    }
    return { ...s, parentId: parent };
  });
  return { sources: linked, foreign };
}

/** The project's sets as collections: one of the same name takes the set's members in. */
function withSets(
  held: LibraryDocument['sourceCollections'],
  sets: ReadProject['sets'],
  sourceOf: ReadonlyMap<string, string>,
  options: { now: Date; newId: (prefix: string) => string },
): LibraryDocument['sourceCollections'] {
  const collections = [...held];
  const at = options.now.toISOString();
  for (const set of sets) {
    const members = set.members.flatMap((g) => sourceOf.get(g) ?? []);
    const existing = collections.findIndex((c) => c.name === set.name);
    if (existing >= 0) {
      const c = collections[existing]!;
      collections[existing] = {
        ...c,
        sourceIds: [...new Set([...c.sourceIds, ...members])],
        updatedAt: at,
      };
    } else
      collections.push({
        id: options.newId('c'),
        name: set.name,
        sourceIds: members,
        createdAt: at,
        updatedAt: at,
      });
  }
  return collections;
}
