import { XMLParser } from 'fast-xml-parser';
import type { CslMetadata } from '../model/source';
import {
  notCodableNote,
  themesFromCodes,
  type FileTheme,
  type XmlCode,
} from '../themes/codebookFiles';
import { CSL_LINE, DOSSIER_LINE } from './projectFormat';
import { normaliseSourceText } from './textPositions';
import { countedProjectWords, projectWords } from './projectWords';

/**
 * A REFI-QDA project (project.qde) read into what a Dossier library can hold: codes as themes,
 * text sources with their codings and notes, links and sets. What it cannot hold (pictures,
 * audio, video, codes on whole sources, texts outside the project) is listed, never dropped
 * unseen.
 */

export interface ReadSelection {
  /** UTF-16 offsets into the source's normalised text. */
  start: number;
  end: number;
  codeGuids: string[];
  note: string;
  createdAt?: string;
  /** The GUID of the project's User who made these codings, where the project says. */
  user?: string;
}

export interface ReadSource {
  guid: string;
  name: string;
  text: string;
  /** The internal path its plain text came from, to keep as its original. */
  textPath: string | null;
  csl: CslMetadata | null;
  /** The record Dossier wrote for it, unchecked: the importer validates it. */
  dossier: Record<string, unknown> | null;
  note: string;
  selections: ReadSelection[];
  createdAt?: string;
}

export interface ReadProject {
  origin: string;
  themes: FileTheme[];
  sources: ReadSource[];
  /** Links between sources; Dossier's "comment on" links make a comment of the first. */
  links: { name: string; from: string; to: string }[];
  sets: { name: string; members: string[] }[];
  /** The project's coders, by GUID: whose codings are whose. */
  users: { guid: string; name: string }[];
  setAside: { where: string; reason: string }[];
  notes: string[];
}

type Attrs = { [attribute: `@_${string}`]: string | undefined };
interface XmlRef extends Attrs {
  '@_targetGUID'?: string;
}
interface XmlCoding extends Attrs {
  CodeRef?: XmlRef;
  NoteRef?: XmlRef[];
}
interface XmlSelection extends Attrs {
  Description?: string;
  Coding?: XmlCoding[];
  NoteRef?: XmlRef[];
}
interface XmlTextSource extends Attrs {
  Description?: string;
  PlainTextContent?: string;
  PlainTextSelection?: XmlSelection[];
  Coding?: XmlCoding[];
  NoteRef?: XmlRef[];
}
interface XmlProject extends Attrs {
  CodeBook?: { Codes?: { Code?: XmlCode[] } };
  Sources?: Record<string, (XmlTextSource & { Representation?: XmlTextSource })[] | undefined>;
  Notes?: { Note?: XmlTextSource[] };
  Links?: { Link?: Attrs[] };
  Sets?: { Set?: (Attrs & { MemberSource?: XmlRef[] })[] };
  Users?: { User?: Attrs[] };
}

const LISTS = new Set([
  'Code',
  'TextSource',
  'PDFSource',
  'PictureSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Note',
  'Link',
  'Set',
  'MemberSource',
  'User',
  'Variable',
  'VariableValue',
]);

/** GUIDs compare without their optional braces and case: {6f0b…} is 6F0B…. */
export const guidKey = (guid: string | undefined) =>
  (guid ?? '').replace(/[{}]/g, '').toUpperCase();

/** The notes of a project by their guid, and a reader of the notes a list of references names. */
function projectNotes(
  project: XmlProject,
  fileText: (path: string) => string | null,
): (refs: XmlRef[] | undefined) => string[] {
  const noteTexts = new Map<string, string>();
  for (const note of project.Notes?.Note ?? []) {
    const guid = note['@_guid'];
    const path = internalPath(note['@_plainTextPath']);
    const text = note.PlainTextContent ?? (path ? fileText(path) : null);
    if (guid && text !== null) noteTexts.set(guidKey(guid), text.trim());
  }
  return (refs) =>
    (refs ?? [])
      .map((r) => noteTexts.get(guidKey(r['@_targetGUID'])))
      .filter((t): t is string => Boolean(t));
}

/**
 * One text source of a project: its text (inline or a file inside the project), its selections
 * as Dossier's (two coders of one selection are two), and what was set aside, with where and why.
 */
function readTextSource(
  element: XmlTextSource,
  name: string,
  guid: string,
  context: {
    fileText: (path: string) => string | null;
    crlfIsOne: boolean;
    notesOf: (refs: XmlRef[] | undefined) => string[];
  },
): { source?: ReadSource; setAside: ReadProject['setAside']; wholeSourceCodings: number } {
  const { fileText, crlfIsOne, notesOf } = context;
  const aside: ReadProject['setAside'] = [];
  const path = internalPath(element['@_plainTextPath']);
  const raw = element.PlainTextContent ?? (path ? fileText(path) : null);
  if (raw === null) {
    aside.push({
      where: projectWords('“{{name}}”', { name }),
      reason: element['@_plainTextPath']
        ? projectWords('its text {{path}} is not inside the project', {
            path: element['@_plainTextPath'],
          })
        : projectWords('it has no plain text (only a rich-text file Dossier does not read yet)'),
    });
    return { setAside: aside, wholeSourceCodings: 0 };
  }
  const { text, offsetOf } = normaliseSourceText(raw, crlfIsOne);
  const selections: ReadSelection[] = [];
  for (const s of element.PlainTextSelection ?? []) {
    const start = offsetOf(Number(s['@_startPosition']));
    const end = offsetOf(Number(s['@_endPosition']));
    if (start === null || end === null || end <= start) {
      aside.push({
        where: projectWords('a selection in “{{name}}”', { name }),
        reason: projectWords('its positions {{start}}–{{end}} are not inside the text', {
          start: String(s['@_startPosition']),
          end: String(s['@_endPosition']),
        }),
      });
      continue;
    }
    // Two coders who coded one selection are two highlights: each writer's own codings, so
    // their agreement can be measured. The selection's own notes go with the first.
    const byUser = new Map<string, XmlCoding[]>();
    for (const c of s.Coding ?? []) {
      const user = guidKey(c['@_creatingUser'] ?? s['@_creatingUser']);
      byUser.set(user, [...(byUser.get(user) ?? []), c]);
    }
    if (!byUser.size) byUser.set(guidKey(s['@_creatingUser']), []);
    [...byUser].forEach(([user, codings], i) =>
      selections.push({
        start,
        end,
        codeGuids: codings.map((c) => guidKey(c.CodeRef?.['@_targetGUID'])).filter(Boolean),
        note: [
          ...(i ? [] : notesOf(s.NoteRef)),
          ...codings.flatMap((c) => notesOf(c.NoteRef)),
        ].join('\n\n'),
        ...(s['@_creationDateTime'] ? { createdAt: s['@_creationDateTime'] } : {}),
        ...(user ? { user } : {}),
      }),
    );
  }
  const source: ReadSource = {
    guid: guidKey(guid),
    name,
    text,
    textPath: element.PlainTextContent === undefined ? path : null,
    ...descriptionRecords(element.Description),
    note: notesOf(element.NoteRef).join('\n\n'),
    selections,
    ...(element['@_creationDateTime'] ? { createdAt: element['@_creationDateTime'] } : {}),
  };
  return {
    source,
    setAside: aside,
    wholeSourceCodings: element.Coding?.length ?? 0,
  };
}

/** The file an internal:// path names inside the project's sources/ folder. */
export function internalPath(path: string | undefined): string | null {
  const match = /^internal:\/\/(.+)$/.exec(path ?? '');
  return match ? `sources/${match[1]}` : null;
}

function descriptionRecords(description: string | undefined) {
  let csl: CslMetadata | null = null;
  let dossier: Record<string, unknown> | null = null;
  for (const line of (description ?? '').split('\n')) {
    const parse = (prefix: string) => {
      try {
        const value: unknown = JSON.parse(line.slice(prefix.length));
        return value && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : null;
      } catch {
        return null;
      }
    };
    if (line.startsWith(CSL_LINE)) csl = parse(CSL_LINE) as CslMetadata | null;
    if (line.startsWith(DOSSIER_LINE)) dossier = parse(DOSSIER_LINE);
  }
  return { csl, dossier };
}

export function readProjectXml(
  xml: string,
  fileText: (path: string) => string | null,
): ReadProject | { error: string } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    isArray: (name) => LISTS.has(name),
    parseTagValue: false,
    trimValues: false,
  });
  let project: XmlProject | undefined;
  try {
    project = (parser.parse(xml, true) as { Project?: XmlProject }).Project;
  } catch (error) {
    return { error: `its project.qde is not well-formed XML: ${(error as Error).message}` };
  }
  if (!project) return { error: 'its project.qde is not a REFI-QDA project (no Project element)' };
  const origin = project['@_origin'] ?? '';
  // ATLAS.ti writes "\r\n" into its texts but counts it as one character.
  const crlfIsOne = /atlas/i.test(origin);
  const codebook = themesFromCodes(project.CodeBook?.Codes?.Code);
  const setAside: ReadProject['setAside'] = [...codebook.setAside];
  const notes: string[] = [];

  const notesOf = projectNotes(project, fileText);

  const sources: ReadSource[] = [];
  let wholeSourceCodings = 0;
  const readText = (element: XmlTextSource, name: string, guid: string) => {
    const read = readTextSource(element, name, guid, { fileText, crlfIsOne, notesOf });
    setAside.push(...read.setAside);
    wholeSourceCodings += read.wholeSourceCodings;
    if (read.source) sources.push(read.source);
  };
  for (const [kind, list] of Object.entries(project.Sources ?? {})) {
    for (const element of Array.isArray(list) ? list : []) {
      const guid = element['@_guid'] ?? '';
      const name = element['@_name']?.trim() || guid || 'an unnamed source';
      if (kind === 'TextSource') readText(element, name, guid);
      // A PDF's text representation is a text source of its own in the standard.
      else if (kind === 'PDFSource' && element.Representation)
        readText(element.Representation, name, guid);
      else
        setAside.push({
          where: projectWords('“{{name}}”', { name }),
          reason: projectWords('it is a {{kind}} source; Dossier holds texts', {
            kind: kind.replace(/Source$/, '').toLowerCase(),
          }),
        });
    }
  }
  if (wholeSourceCodings)
    notes.push(
      countedProjectWords(
        '1 coding of whole sources not read: Dossier tags passages.',
        '{{count}} codings of whole sources not read: Dossier tags passages.',
        wholeSourceCodings,
      ),
    );
  if (codebook.notCodable) notes.push(notCodableNote(codebook.notCodable));
  const links = (project.Links?.Link ?? []).flatMap((l) =>
    l['@_originGUID'] && l['@_targetGUID']
      ? [
          {
            name: l['@_name'] ?? '',
            from: guidKey(l['@_originGUID']),
            to: guidKey(l['@_targetGUID']),
          },
        ]
      : [],
  );
  const sets = (project.Sets?.Set ?? []).map((s) => ({
    name: s['@_name'] ?? 'Set',
    members: (s.MemberSource ?? []).map((m) => guidKey(m['@_targetGUID'])),
  }));
  const themes = codebook.themes.map((t) => (t.guid ? { ...t, guid: guidKey(t.guid) } : t));
  const users = (project.Users?.User ?? []).flatMap((u) =>
    u['@_guid'] ? [{ guid: guidKey(u['@_guid']), name: u['@_name']?.trim() || 'a coder' }] : [],
  );
  return { origin, themes, sources, links, sets, users, setAside, notes };
}
