import { XMLBuilder } from 'fast-xml-parser';

/** An element as fast-xml-parser's builder takes it: attributes as `@_name`, children by name. */
export type XmlElement = { [key: string]: unknown };

type Attributes = Record<string, string | number | undefined>;

/**
 * An element with its attributes (an undefined one is left out) and its children, in the order
 * given: a schema that fixes the order of children (REFI-QDA's does) is met by writing them so.
 * A child that is undefined or an empty list is left out.
 */
export function xmlElement(attributes: Attributes, children: XmlElement = {}): XmlElement {
  const out: XmlElement = {};
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) out[`@_${name}`] = value;
  return Object.assign(out, children);
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // XML has no attribute without a value: isCodable="true" must stay written out.
  suppressBooleanAttributes: false,
});

/** A whole XML document, escaped by the builder, with its declaration. */
export function xmlDocument(rootName: string, root: XmlElement): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    [rootName]: root,
  }) as string;
}
