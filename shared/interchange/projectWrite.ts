import type { LibraryDocument } from '../model/libraryDocument';
import type { SourceRecord } from '../model/source';
import type { Highlight } from '../model/theme';
import { resolveAnchor } from '../themes/highlightAnchor';
import { codeElements } from '../themes/codebookFiles';
import { escapeMarkup } from '../text/escapeMarkup';
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

const attr = (name: string, value: string | number | undefined) =>
  value === undefined ? '' : ` ${name}="${escapeMarkup(String(value))}"`;
const element = (indent: string, name: string, content: string) =>
  `${indent}<${name}>${escapeMarkup(content)}</${name}>`;

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
  noteRef: (id: string, name: string, text: string, created?: string) => string;
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
): { xml: string; files: ProjectFiles['files']; warnings: string[]; highlights: number } {
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
  const lines = [
    `    <TextSource${attr('guid', sourceGuid)}${attr('name', title)}${attr('plainTextPath', `internal://${sourceGuid}.txt`)}${attr('creatingUser', user)}${attr('creationDateTime', dateTime(source.importedAt))}>`,
    element(
      '      ',
      'Description',
      `${CSL_LINE}${JSON.stringify(metadata)}\n${DOSSIER_LINE}${JSON.stringify(block)}`,
    ),
  ];
  selections.forEach(({ highlight: h }, i) => {
    const created = dateTime(h.createdAt);
    lines.push(
      `      <PlainTextSelection${attr('guid', guid('selection', h.id))}${attr('name', h.anchor.exact.slice(0, 100))}${attr('startPosition', points[2 * i])}${attr('endPosition', points[2 * i + 1])}${attr('creatingUser', coder(h))}${attr('creationDateTime', created)}>`,
      ...h.themeIds.map(
        (themeId) =>
          `        <Coding${attr('guid', guid('coding', `${h.id}\n${themeId}`))}${attr('creatingUser', coder(h))}${attr('creationDateTime', created)}><CodeRef targetGUID="${guid('theme', themeId)}"/></Coding>`,
      ),
      ...(h.note.trim()
        ? [
            `        ${noteRef(`highlight:${h.id}`, `Note: ${h.anchor.exact.slice(0, 60)}`, h.note, h.createdAt)}`,
          ]
        : []),
      '      </PlainTextSelection>',
    );
  });
  if (note?.trim()) lines.push(`      ${noteRef(`source:${source.id}`, `Note on ${title}`, note)}`);
  for (const v of context.variables) {
    const value = v.value(source);
    if (!value) continue;
    lines.push(
      `      <VariableValue><VariableRef targetGUID="${v.guid}"/>${element('', 'TextValue', value)}</VariableValue>`,
    );
  }
  lines.push('    </TextSource>');
  return { xml: lines.join('\n'), files, warnings, highlights: selections.length };
}

/** Comments linked to their article, and collections as Sets, of the sources exported. */
function linksAndSets(
  doc: LibraryDocument,
  exported: ReadonlySet<string>,
  guid: GuidOf,
): { links: string[]; sets: string[] } {
  const links = doc.sources
    .filter((s) => s.parentId && exported.has(s.id) && exported.has(s.parentId))
    .map(
      (s) =>
        `    <Link${attr('guid', guid('link', s.id))} name="comment on" direction="OneWay"${attr('originGUID', guid('source', s.id))}${attr('targetGUID', guid('source', s.parentId!))}/>`,
    );
  const sets = doc.sourceCollections.map((c) =>
    [
      `    <Set${attr('guid', guid('set', c.id))}${attr('name', c.name)}>`,
      ...c.sourceIds
        .filter((id) => exported.has(id))
        .map((id) => `      <MemberSource targetGUID="${guid('source', id)}"/>`),
      '    </Set>',
    ].join('\n'),
  );
  return { links, sets };
}

export function libraryToProject(input: ProjectInput): ProjectFiles {
  const { doc, texts, guid } = input;
  const user = guid('user', input.writer);
  const writers = input.writers ?? {};
  const notes: string[] = [];
  const context: SourceContext = {
    guid,
    user,
    coder: (h) => (h.by && writers[h.by] ? guid('writer', h.by) : user),
    noteRef: (id, name, text, created) => {
      const noteGuid = guid('note', id);
      notes.push(
        [
          `    <Note${attr('guid', noteGuid)}${attr('name', name)}${attr('creatingUser', user)}${attr('creationDateTime', dateTime(created))}>`,
          element('      ', 'PlainTextContent', text),
          '    </Note>',
        ].join('\n'),
      );
      return `<NoteRef targetGUID="${noteGuid}"/>`;
    },
    variables: projectVariables.map((v) => ({ ...v, guid: guid('variable', v.name) })),
  };

  const warnings: string[] = [];
  const files: ProjectFiles['files'] = [];
  const sources: string[] = [];
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
    sources.push(written.xml);
    files.push(...written.files);
    warnings.push(...written.warnings);
    highlightCount += written.highlights;
  }

  const { links, sets } = linksAndSets(doc, new Set(files.map((f) => f.source.id)), guid);
  const section = (name: string, items: string[]) =>
    items.length ? [`  <${name}>`, ...items, `  </${name}>`] : [];
  const codes = codeElements(doc.themes, (t) => guid('theme', t.id), '      ');
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0"${attr('name', input.name)} origin="Dossier"${attr('creatingUserGUID', user)}${attr('creationDateTime', dateTime(doc.createdAt))}${attr('modifyingUserGUID', user)}${attr('modifiedDateTime', input.now.toISOString())}>`,
    '  <Users>',
    `    <User${attr('guid', user)}${attr('name', input.writer)}/>`,
    ...Object.entries(writers).map(
      ([key, name]) => `    <User${attr('guid', guid('writer', key))}${attr('name', name)}/>`,
    ),
    '  </Users>',
    ...(codes.length
      ? ['  <CodeBook>', '    <Codes>', ...codes, '    </Codes>', '  </CodeBook>']
      : []),
    ...section(
      'Variables',
      context.variables.map(
        (v) =>
          `    <Variable${attr('guid', v.guid)}${attr('name', v.name)} typeOfVariable="Text"/>`,
      ),
    ),
    ...section('Sources', sources),
    ...section('Notes', notes),
    ...section('Links', links),
    ...section('Sets', sets),
    '</Project>',
    '',
  ].join('\n');
  return { xml, files, warnings, highlights: highlightCount };
}

/** Where a highlight stands in the text now; null when its words are gone. */
function selection(h: Highlight, text: string) {
  const at = resolveAnchor(text, h.anchor);
  return at.orphaned ? null : { highlight: h, start: at.start, end: at.end };
}
