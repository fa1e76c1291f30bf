import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import type { Theme } from '../model/theme';
import { xmlDocument, xmlElement, type XmlElement } from '../text/xmlElements';
import { codebookWords, countedCodebookWords } from './codebookWords';

// Where it was first written; the command's report needs it without this file's parsers.
export { whyNoTheme } from './whyNoTheme';

/**
 * Codebooks as files other tools read and write: CSV (a row per theme: name, parent, color,
 * description, cues) and the REFI-QDA codebook (.qdc, namespace urn:QDA-XML:codebook:1.0),
 * which NVivo, ATLAS.ti, MAXQDA and QualCoder exchange. A QDC code has no field for cue words:
 * they travel in its description, on a last line "Cue words: a; b; c", which Dossier reads back.
 */

/** A theme as a file describes it, before it meets the library's codebook. */
export interface FileTheme {
  name: string;
  /** The parent, as its place in the file's list of themes. */
  parent: number | null;
  color: string | null;
  description: string;
  cues: string[];
  /** The code's GUID in a REFI-QDA file, which codings in a project refer to. */
  guid?: string;
}

export interface ReadCodebook {
  themes: FileTheme[];
  /** Rows or codes that could not be read, with why; nothing is dropped unseen. */
  setAside: { where: string; reason: string }[];
  /** What the file held that a Dossier codebook has no place for. */
  notes: string[];
}

export const CSV_COLUMNS = ['name', 'parent', 'color', 'description', 'cues'] as const;
const CUE_SEPARATOR = '; ';
const CUES_LINE = /\n*Cue words: (.*)$/s;

/** Parents before children, so a file can be read top to bottom. */
function inTreeOrder(themes: readonly Theme[]): Theme[] {
  const out: Theme[] = [];
  const visit = (parentId: string | null) => {
    for (const t of themes.filter((x) => x.parentId === parentId)) {
      out.push(t);
      visit(t.id);
    }
  };
  visit(null);
  return out;
}

export function codebookToCsv(themes: readonly Theme[]): string {
  const nameOf = new Map(themes.map((t) => [t.id, t.name]));
  const rows = inTreeOrder(themes).map((t) => [
    t.name,
    t.parentId ? (nameOf.get(t.parentId) ?? '') : '',
    t.color,
    t.description,
    t.cues.join(CUE_SEPARATOR),
  ]);
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows })}\r\n`;
}

/** #rgb and #rrggbb, in lower case; anything else is no colour. */
export function normaliseColor(value: string | undefined | null): string | null {
  const hex = value?.trim().toLowerCase() ?? '';
  if (/^#[0-9a-f]{6}$/.test(hex)) return hex;
  if (/^#[0-9a-f]{3}$/.test(hex)) return `#${[...hex.slice(1)].map((c) => c + c).join('')}`;
  return null;
}

const splitCues = (cell: string) =>
  cell
    .split(/;/)
    .map((c) => c.trim())
    .filter(Boolean);

export function codebookFromCsv(text: string): ReadCodebook {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^colour$/, 'color'),
  });
  const setAside: ReadCodebook['setAside'] = parsed.errors.map((e) => ({
    where:
      e.row === undefined
        ? codebookWords('the file')
        : codebookWords('row {{row}}', { row: String(e.row + 2) }),
    reason: e.message,
  }));
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('name'))
    return {
      themes: [],
      setAside: [
        {
          where: codebookWords('the header'),
          reason: codebookWords('there is no “name” column'),
        },
      ],
      notes: [],
    };
  const unknown = fields.filter((f) => !(CSV_COLUMNS as readonly string[]).includes(f));
  const themes: FileTheme[] = [];
  const parentNames: (string | null)[] = [];
  parsed.data.forEach((row, i) => {
    const name = row.name?.trim() ?? '';
    if (!name) {
      setAside.push({
        where: codebookWords('row {{row}}', { row: String(i + 2) }),
        reason: codebookWords('it has no name'),
      });
      return;
    }
    const color = row.color?.trim() ? normaliseColor(row.color) : null;
    if (row.color?.trim() && !color)
      setAside.push({
        where: codebookWords('row {{row}}', { row: String(i + 2) }),
        reason: codebookWords('“{{value}}” is not a colour; none was set', { value: row.color }),
      });
    parentNames.push(row.parent?.trim() || null);
    themes.push({
      name,
      parent: null,
      color,
      description: row.description?.trim() ?? '',
      cues: splitCues(row.cues ?? ''),
    });
  });
  const notes = unknown.length
    ? [codebookWords('Columns not read: {{columns}}.', { columns: unknown.join(', ') })]
    : [];
  const key = (name: string) => name.toLowerCase();
  themes.forEach((theme, i) => {
    const parentName = parentNames[i];
    if (!parentName) return;
    const parent = themes.findIndex((t) => key(t.name) === key(parentName));
    if (parent === -1 || parent === i)
      notes.push(
        codebookWords(
          '“{{theme}}” names a parent “{{parent}}” the file does not have; it is a top-level theme.',
          { theme: theme.name, parent: parentName },
        ),
      );
    else theme.parent = parent;
  });
  // A parent chain that comes back to itself is cut where it closes.
  themes.forEach((theme, i) => {
    const seen = new Set([i]);
    for (let at = theme.parent; at !== null; at = themes[at]!.parent) {
      if (seen.has(at)) {
        notes.push(
          codebookWords('“{{theme}}” was nested inside itself; it is a top-level theme.', {
            theme: theme.name,
          }),
        );
        theme.parent = null;
        break;
      }
      seen.add(at);
    }
  });
  return { themes, setAside, notes };
}

/**
 * The themes as REFI-QDA <Code> elements, nested as they are; a codebook file and a project
 * file hold the same elements in their own namespaces.
 */
export function codeElements(
  themes: readonly Theme[],
  guidOf: (theme: Theme) => string,
): XmlElement[] {
  const code = (t: Theme): XmlElement => {
    const description = [
      t.description,
      t.cues.length ? `Cue words: ${t.cues.join(CUE_SEPARATOR)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    const children = themes.filter((c) => c.parentId === t.id);
    return xmlElement(
      { guid: guidOf(t), name: t.name, isCodable: 'true', color: t.color },
      { Description: description || undefined, Code: children.map(code) },
    );
  };
  return themes
    .filter((t) => t.parentId === null || !themes.some((p) => p.id === t.parentId))
    .map(code);
}

/** The REFI-QDA codebook of the themes; `guidOf` gives each theme its lasting GUID. */
export function codebookToQdc(
  themes: readonly Theme[],
  guidOf: (theme: Theme) => string,
  origin: string,
): string {
  return xmlDocument(
    'CodeBook',
    xmlElement(
      { xmlns: 'urn:QDA-XML:codebook:1.0', origin },
      { Codes: { Code: codeElements(themes, guidOf) } },
    ),
  );
}

export interface XmlCode {
  '@_guid'?: string;
  '@_name'?: string;
  '@_color'?: string;
  '@_isCodable'?: string;
  Description?: string;
  Code?: XmlCode[];
}

export function codebookFromQdc(xml: string): ReadCodebook {
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    isArray: (name) => ['Code', 'Set', 'MemberCode'].includes(name),
    parseTagValue: false,
    trimValues: true,
  });
  let root: { CodeBook?: { Codes?: { Code?: XmlCode[] }; Sets?: { Set?: unknown[] } } };
  try {
    root = parser.parse(xml, true);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      themes: [],
      setAside: [
        {
          where: codebookWords('the file'),
          reason: codebookWords('it is not well-formed XML: {{detail}}', { detail: reason }),
        },
      ],
      notes: [],
    };
  }
  if (!root.CodeBook)
    return {
      themes: [],
      setAside: [
        {
          where: codebookWords('the file'),
          reason: codebookWords('it is not a REFI-QDA codebook (no CodeBook element)'),
        },
      ],
      notes: [],
    };
  const { themes, setAside, notCodable } = themesFromCodes(root.CodeBook.Codes?.Code);
  const notes: string[] = [];
  const sets = root.CodeBook.Sets?.Set?.length ?? 0;
  if (sets)
    notes.push(
      countedCodebookWords(
        '1 code set not read: Dossier has no sets of themes.',
        '{{count}} code sets not read: Dossier has no sets of themes.',
        sets,
      ),
    );
  if (notCodable) notes.push(notCodableNote(notCodable));
  return { themes, setAside, notes };
}

/** Codes the other tool would not code with, counted (a codebook's or a project's). */
export function notCodableNote(count: number): string {
  return countedCodebookWords(
    '1 code was not codable in the other tool; in Dossier every theme can tag.',
    '{{count}} codes were not codable in the other tool; in Dossier every theme can tag.',
    count,
  );
}

/** REFI-QDA codes (a codebook's or a project's) as themes, parents before their children. */
export function themesFromCodes(codes: XmlCode[] | undefined): {
  themes: FileTheme[];
  setAside: ReadCodebook['setAside'];
  notCodable: number;
} {
  const themes: FileTheme[] = [];
  const setAside: ReadCodebook['setAside'] = [];
  let notCodable = 0;
  const read = (list: XmlCode[] | undefined, parent: number | null, parentName: string | null) => {
    for (const [i, c] of (list ?? []).entries()) {
      const name = c['@_name']?.trim();
      if (!name) {
        setAside.push({
          where:
            parentName === null
              ? codebookWords('code {{number}} of the codebook', { number: String(i + 1) })
              : codebookWords('code {{number}} under “{{parent}}”', {
                  number: String(i + 1),
                  parent: parentName,
                }),
          reason: codebookWords('it has no name'),
        });
        continue;
      }
      if (c['@_isCodable'] === 'false') notCodable++;
      const raw = typeof c.Description === 'string' ? c.Description : '';
      const cues = raw.match(CUES_LINE);
      themes.push({
        name,
        parent,
        color: normaliseColor(c['@_color']),
        description: raw.replace(CUES_LINE, '').trim(),
        cues: cues ? splitCues(cues[1]!) : [],
        ...(c['@_guid'] ? { guid: c['@_guid'] } : {}),
      });
      read(c.Code, themes.length - 1, name);
    }
  };
  read(codes, null, null);
  return { themes, setAside, notCodable };
}
