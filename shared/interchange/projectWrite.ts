import type { LibraryDocument } from '../model/libraryDocument';
import type { SourceRecord } from '../model/source';
import type { Highlight } from '../model/theme';
import { resolveAnchor } from '../themes/highlightAnchor';
import { codeElements } from '../themes/codebookFiles';
import { xmlDocument, xmlElement, type XmlElement } from '../text/xmlElements';
import { codePointsOf } from './textPositions';
import { DOSSIER_LINE, CSL_LINE, projectVariables, type DossierSourceBlock } from './projectFormat';
import { projectWords } from './projectWords';

/**
 * A library as a REFI-QDA project (project.qde of a .qdpx): themes as Codes, sources as
 * TextSources whose texts travel beside the XML, highlights as PlainTextSelections with a
 * Coding per theme, notes as Notes with NoteRefs, comments as Links to their article,
 * collections as Sets, citation details as Variables, and the writers as Users (in a shared
 * library, each highlight's coder is the writer who signed it).
 */

/** Every GUID the project holds, the same for the same thing of the same library. */
export type GuidOf = (kind: string, id: string) => string;

export interface ProjectInput {
  doc: LibraryDocument;
  /** Each source's stored text, by source id; a source without one is left out and named. */
  texts: ReadonlyMap<string, string>;
  guid: GuidOf;
  writer: string;
  /** A shared library's writers' names by key, who sign its highlights. */
  writers?: Record<string, string>;
  now: Date;
  name: string;
}

export interface ProjectFiles {
  xml: string;
  /** Files for the zip's sources/ folder: the plain texts (and originals, for Dossier). */
  files: { name: string; source: SourceRecord; kind: 'text' | 'original' }[];
  /** What could not go into the project, each with why. */
  warnings: string[];
  highlights: number;
}

/** xsd:dateTime wants a date and time; a record's may be missing or malformed. */
function dateTime(value: string | undefined): string | undefined {
  return value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;
}

/** What writing each source needs: GUIDs, the coders, and the project's notes as they gather. */
interface SourceContext {
  guid: GuidOf;
  user: string;
  coder: (h: Highlight) => string;
  /** A note made an element of the project's Notes; what refers to it gets its NoteRef. */
  noteRef: (id: string, name: string, text: string, created?: string) => XmlElement;
  variables: ((typeof projectVariables)[number] & { guid: string })[];
}

/**
 * One source as a TextSource: its details in the Description, each highlight a
 * PlainTextSelection at its place now (counted in characters, as the standard counts), a
 * Coding per theme, and its notes; a highlight whose words are gone is left out and named.
 */
function textSource(
  source: SourceRecord,
  text: string,
  highlights: readonly Highlight[],
  context: SourceContext,
): { element: XmlElement; files: ProjectFiles['files']; warnings: string[]; highlights: number } {
  const { guid, user, coder, noteRef } = context;
  const warnings: string[] = [];
  const sourceGuid = guid('source', source.id);
  const originalExt = /\.[a-z0-9]{1,8}$/.exec(source.original)?.[0] ?? '';
  const originalName = `${sourceGuid}-original${originalExt}`;
  const files: ProjectFiles['files'] = [
    { name: `${sourceGuid}.txt`, source, kind: 'text' },
    { name: originalName, source, kind: 'original' },
  ];
  const selections = highlights.flatMap((h) => {
    const placed = selection(h, text);
    if (!placed)
      warnings.push(
        projectWords(
          'A highlight in “{{title}}” (“{{quote}}”) was left out: its words are no longer in the text.',
          { title: source.title, quote: h.anchor.exact.slice(0, 60) },
        ),
      );
    return placed ? [placed] : [];
  });
  const points = codePointsOf(
    text,
    selections.flatMap((s) => [s.start, s.end]),
  );
  const { title, metadata, textHash: _hash, original: _original, note, ...rest } = source;
  const block: DossierSourceBlock = { ...rest, title, original: `internal://${originalName}` };
  const codings = (h: Highlight, created: string | undefined) =>
    h.themeIds.map((themeId) =>
      xmlElement(
        {
          guid: guid('coding', `${h.id}\n${themeId}`),
          creatingUser: coder(h),
          creationDateTime: created,
        },
        { CodeRef: xmlElement({ targetGUID: guid('theme', themeId) }) },
      ),
    );
  const selectionElements = selections.map(({ highlight: h }, i) => {
    const created = dateTime(h.createdAt);
    return xmlElement(
      {
        guid: guid('selection', h.id),
        name: h.anchor.exact.slice(0, 100),
        startPosition: points[2 * i],
        endPosition: points[2 * i + 1],
        creatingUser: coder(h),
        creationDateTime: created,
      },
      {
        Coding: codings(h, created),
        NoteRef: h.note.trim()
          ? noteRef(
              `highlight:${h.id}`,
              `Note: ${h.anchor.exact.slice(0, 60)}`,
              h.note,
              h.createdAt,
            )
          : undefined,
      },
    );
  });
  const variableValues = context.variables.flatMap((v) => {
    const value = v.value(source);
    return value ? [{ VariableRef: xmlElement({ targetGUID: v.guid }), TextValue: value }] : [];
  });
  const element = xmlElement(
    {
      guid: sourceGuid,
      name: title,
      plainTextPath: `internal://${sourceGuid}.txt`,
      creatingUser: user,
      creationDateTime: dateTime(source.importedAt),
    },
    {
      Description: `${CSL_LINE}${JSON.stringify(metadata)}\n${DOSSIER_LINE}${JSON.stringify(block)}`,
      PlainTextSelection: selectionElements,
      NoteRef: note?.trim() ? noteRef(`source:${source.id}`, `Note on ${title}`, note) : undefined,
      VariableValue: variableValues,
    },
  );
  return { element, files, warnings, highlights: selections.length };
}

/** Comments linked to their article, and collections as Sets, of the sources exported. */
function linksAndSets(
  doc: LibraryDocument,
  exported: ReadonlySet<string>,
  guid: GuidOf,
): { links: XmlElement[]; sets: XmlElement[] } {
  const links = doc.sources
    .filter((s) => s.parentId && exported.has(s.id) && exported.has(s.parentId))
    .map((s) =>
      xmlElement({
        guid: guid('link', s.id),
        name: 'comment on',
        direction: 'OneWay',
        originGUID: guid('source', s.id),
        targetGUID: guid('source', s.parentId!),
      }),
    );
  const sets = doc.sourceCollections.map((c) =>
    xmlElement(
      { guid: guid('set', c.id), name: c.name },
      {
        MemberSource: c.sourceIds
          .filter((id) => exported.has(id))
          .map((id) => xmlElement({ targetGUID: guid('source', id) })),
      },
    ),
  );
  return { links, sets };
}

export function libraryToProject(input: ProjectInput): ProjectFiles {
  const { doc, texts, guid } = input;
  const user = guid('user', input.writer);
  const writers = input.writers ?? {};
  const notes: XmlElement[] = [];
  const context: SourceContext = {
    guid,
    user,
    coder: (h) => (h.by && writers[h.by] ? guid('writer', h.by) : user),
    noteRef: (id, name, text, created) => {
      const noteGuid = guid('note', id);
      notes.push(
        xmlElement(
          { guid: noteGuid, name, creatingUser: user, creationDateTime: dateTime(created) },
          { PlainTextContent: text },
        ),
      );
      return xmlElement({ targetGUID: noteGuid });
    },
    variables: projectVariables.map((v) => ({ ...v, guid: guid('variable', v.name) })),
  };

  const warnings: string[] = [];
  const files: ProjectFiles['files'] = [];
  const sources: XmlElement[] = [];
  let highlightCount = 0;
  for (const source of doc.sources) {
    const text = texts.get(source.id);
    if (text === undefined) {
      warnings.push(
        projectWords('“{{title}}” was left out: its text is missing from the library.', {
          title: source.title,
        }),
      );
      continue;
    }
    const written = textSource(
      source,
      text,
      doc.highlights.filter((h) => h.sourceId === source.id),
      context,
    );
    sources.push(written.element);
    files.push(...written.files);
    warnings.push(...written.warnings);
    highlightCount += written.highlights;
  }

  const { links, sets } = linksAndSets(doc, new Set(files.map((f) => f.source.id)), guid);
  const codes = codeElements(doc.themes, (t) => guid('theme', t.id));
  const xml = xmlDocument(
    'Project',
    xmlElement(
      {
        xmlns: 'urn:QDA-XML:project:1.0',
        name: input.name,
        origin: 'Dossier',
        creatingUserGUID: user,
        creationDateTime: dateTime(doc.createdAt),
        modifyingUserGUID: user,
        modifiedDateTime: input.now.toISOString(),
      },
      {
        Users: {
          User: [
            xmlElement({ guid: user, name: input.writer }),
            ...Object.entries(writers).map(([key, name]) =>
              xmlElement({ guid: guid('writer', key), name }),
            ),
          ],
        },
        CodeBook: codes.length ? { Codes: { Code: codes } } : undefined,
        Variables: section(
          'Variable',
          context.variables.map((v) =>
            xmlElement({ guid: v.guid, name: v.name, typeOfVariable: 'Text' }),
          ),
        ),
        Sources: section('TextSource', sources),
        Notes: section('Note', notes),
        Links: section('Link', links),
        Sets: section('Set', sets),
      },
    ),
  );
  return { xml, files, warnings, highlights: highlightCount };
}

/** A section of the project, left out when it would be empty (the schema wants one child). */
function section(child: string, items: XmlElement[]): XmlElement | undefined {
  return items.length ? { [child]: items } : undefined;
}

/** Where a highlight stands in the text now; null when its words are gone. */
function selection(h: Highlight, text: string) {
  const at = resolveAnchor(text, h.anchor);
  return at.orphaned ? null : { highlight: h, start: at.start, end: at.end };
}
