import { decodeHTML } from 'entities';
import type { CslName } from '../model/source';
import { bylineNames } from './bylineNames';

/** A JSON-LD node, as a page's `<script type="application/ld+json">` holds it. */
export type LdNode = Record<string, unknown>;

/** Every node of a page's JSON-LD, @graph members included, and the nodes by their @id. */
export function ldNodes(values: readonly unknown[]): {
  nodes: LdNode[];
  byId: Map<string, LdNode>;
} {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as LdNode;
    nodes.push(node);
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1)
      byId.set(node['@id'], node);
    if (node['@graph']) visit(node['@graph']);
  };
  values.forEach(visit);
  return { nodes, byId };
}

export function ldTypes(node: LdNode): string[] {
  const type = node['@type'] ?? node.type;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/**
 * A value's text: a string, or a node's name; entities a page encoded twice ("&#8216;")
 * decoded, spaces squashed.
 */
export function ldText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim())
    return decodeHTML(value).replace(/\s+/g, ' ').trim() || undefined;
  if (value && typeof value === 'object' && !Array.isArray(value))
    return ldText((value as LdNode).name);
  return undefined;
}

/** A reference by @id ({"@id": "#/schema/person/…"}) followed to the node it names in a @graph. */
function referenced(raw: unknown, byId: ReadonlyMap<string, LdNode>): unknown {
  return raw && typeof raw === 'object' && typeof (raw as LdNode)['@id'] === 'string'
    ? (byId.get((raw as LdNode)['@id'] as string) ?? raw)
    : raw;
}

const ORGANISATION_TYPE = /organi[sz]ation|^NewsMediaOrganization$|^Corporation$/iu;
const typedOrganisation = (entry: unknown) =>
  !!entry &&
  typeof entry === 'object' &&
  ldTypes(entry as LdNode).some((t) => ORGANISATION_TYPE.test(t));
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);

/** Whether every author a JSON-LD node names is typed an organisation ("Organization", …). */
export function ldAuthorsAreOrganisations(
  value: unknown,
  byId: ReadonlyMap<string, LdNode>,
): boolean {
  const list = listOf(value);
  return list.length > 0 && list.every((raw) => typedOrganisation(referenced(raw, byId)));
}

/**
 * The authors a JSON-LD article names: persons through the byline parser, organisations whole,
 * a reference by @id followed to the node it names ({"@id": "#/schema/person/…"} in a @graph).
 */
export function ldAuthors(
  value: unknown,
  byId: ReadonlyMap<string, LdNode>,
  isOrganisation: (name: string) => boolean,
): CslName[] {
  return listOf(value).flatMap((raw): CslName[] => {
    const entry = referenced(raw, byId);
    const name = ldText(entry);
    if (!name) return [];
    if (typedOrganisation(entry)) return [{ literal: name }];
    const people = bylineNames(name);
    // A name no person has ("News Nation Bureau"): the organisation the page credits.
    return people.length ? people : isOrganisation(name) ? [{ literal: name }] : [];
  });
}
