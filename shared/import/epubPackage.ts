import { XMLParser } from 'fast-xml-parser';
import type { CslMetadata, CslName } from '../model/source';
import { dateParts, personName } from './personName';

/** What an EPUB's package document says: the book's details, and its reading order. */
export interface EpubPackage {
  metadata: CslMetadata;
  /** The content documents in reading order, as paths inside the zip. */
  spine: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  // Entities past XML's own five are not expanded: a package has no need of them.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) =>
    [
      'item',
      'itemref',
      'creator',
      'contributor',
      'meta',
      'identifier',
      'title',
      'rootfile',
      'date',
      'language',
      'publisher',
    ].includes(name),
});

type Node = Record<string, unknown>;

const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value).trim()
    : value && typeof value === 'object' && '#text' in value
      ? String((value as Node)['#text']).trim()
      : '';

const list = (value: unknown): Node[] =>
  Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : [];

/** The zip path of the package document, from META-INF/container.xml. */
export function packagePath(containerXml: string): string | null {
  const container = parser.parse(containerXml) as Node;
  const rootfiles = list(((container.container as Node)?.rootfiles as Node)?.rootfile);
  const path = rootfiles.map((r) => r['@_full-path']).find((p) => typeof p === 'string');
  return typeof path === 'string' ? path : null;
}

/** A path inside the zip, resolved against the package document's folder. */
function resolved(base: string, href: string): string {
  const parts = [
    ...base.split('/').slice(0, -1),
    ...decodeURIComponent(href.split('#')[0]!).split('/'),
  ];
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}

// MARC relator codes a creator may carry (EPUB 2's opf:role, EPUB 3's refining meta).
const ROLES: Record<string, 'author' | 'editor' | 'translator'> = {
  aut: 'author',
  edt: 'editor',
  trl: 'translator',
};

/** The roles EPUB 3 gives creators in <meta refines="#id" property="role">. */
function refinedRoles(meta: Node[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const m of meta) {
    const refines = m['@_refines'];
    if (m['@_property'] === 'role' && typeof refines === 'string')
      roles.set(refines.replace(/^#/u, ''), textOf(m));
  }
  return roles;
}

function isbnOf(identifiers: Node[]): string | undefined {
  for (const id of identifiers) {
    const value = textOf(id);
    const scheme = String(id['@_scheme'] ?? '').toLowerCase();
    const digits = value.replace(/^urn:isbn:/iu, '').replace(/[\s-]/gu, '');
    if (
      (scheme === 'isbn' || /^urn:isbn:/iu.test(value) || /^97[89]\d{10}$/u.test(digits)) &&
      /^(\d{9}[\dX]|\d{13})$/iu.test(digits)
    )
      return digits;
  }
  return undefined;
}

/**
 * An OPF package document (EPUB 2 or 3) read for what a citation needs: title, creators by role
 * (author, editor, translator; other contributors are not cited), publisher, date, language and
 * ISBN, as CSL; and the spine's content documents, in order, leaving out those marked
 * linear="no" (notes and pop-ups reached from the text).
 */
export function readPackage(opfXml: string, opfPath: string): EpubPackage | { error: string } {
  const doc = parser.parse(opfXml) as Node;
  const pkg = doc.package as Node | undefined;
  if (!pkg) return { error: 'its package document has no <package>' };
  const metadata = (pkg.metadata ?? {}) as Node;
  const meta = list(metadata.meta);
  const roles = refinedRoles(meta);
  const names: Record<'author' | 'editor' | 'translator', CslName[]> = {
    author: [],
    editor: [],
    translator: [],
  };
  for (const creator of list(metadata.creator)) {
    const name = textOf(creator);
    if (!name) continue;
    const code = String(creator['@_role'] ?? roles.get(String(creator['@_id'] ?? '')) ?? 'aut');
    const role = ROLES[code.toLowerCase()];
    if (role) names[role].push(personName(name));
  }
  for (const contributor of list(metadata.contributor)) {
    const code = String(
      contributor['@_role'] ?? roles.get(String(contributor['@_id'] ?? '')) ?? '',
    );
    const role = ROLES[code.toLowerCase()];
    if (role && role !== 'author' && textOf(contributor))
      names[role].push(personName(textOf(contributor)));
  }
  const title = list(metadata.title).map(textOf).find(Boolean);
  const date = list(metadata.date).map(textOf).find(Boolean);
  const parts = date ? dateParts(date) : null;
  const language = list(metadata.language).map(textOf).find(Boolean);
  const publisher = list(metadata.publisher).map(textOf).find(Boolean);
  const isbn = isbnOf(list(metadata.identifier));

  const manifest = new Map(
    list((pkg.manifest as Node | undefined)?.item).map((i) => [
      String(i['@_id']),
      String(i['@_href'] ?? ''),
    ]),
  );
  const spine = list((pkg.spine as Node | undefined)?.itemref)
    .filter((r) => r['@_linear'] !== 'no')
    .map((r) => manifest.get(String(r['@_idref'])))
    .filter((href): href is string => Boolean(href))
    .map((href) => resolved(opfPath, href));
  if (!spine.length) return { error: 'its spine lists no chapters' };
  return {
    metadata: {
      type: 'book',
      ...(title ? { title } : {}),
      ...(names.author.length ? { author: names.author } : {}),
      ...(names.editor.length ? { editor: names.editor } : {}),
      ...(names.translator.length ? { translator: names.translator } : {}),
      ...(publisher ? { publisher } : {}),
      ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
      ...(language ? { language } : {}),
      ...(isbn ? { ISBN: isbn } : {}),
    },
    spine,
  };
}
