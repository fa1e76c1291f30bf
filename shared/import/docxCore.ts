import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CslMetadata } from '../model/source';
import { dateParts, personName } from './personName';

const parser = new XMLParser({
  removeNSPrefix: true,
  // XML's own five entities only: a document's properties need no others.
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true,
});

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  // An element with attributes (dcterms:created xsi:type="…") parses to an object with #text.
  if (value && typeof value === 'object' && '#text' in value)
    return text((value as { '#text': unknown })['#text']);
  return undefined;
};

/**
 * Title, author and date from a Word file's document properties (docProps/core.xml). Properties
 * that declare a DTD are not parsed (entities could expand without bound), and properties that
 * do not parse cost only themselves: the text is imported without them, with a warning.
 */
export function docxCoreMetadata(xml: string | undefined): {
  metadata: CslMetadata;
  warning?: string;
} {
  if (!xml) return { metadata: {} };
  if (/<!DOCTYPE/i.test(xml))
    return {
      metadata: {},
      warning:
        'its document properties declare a DTD, which Dossier does not read; its title and author were not taken from them',
    };
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return {
      metadata: {},
      warning: `its document properties could not be read (${valid.err.msg})`,
    };
  const root = (parser.parse(xml) as { coreProperties?: Record<string, unknown> }).coreProperties;
  const title = text(root?.title);
  const creator = text(root?.creator);
  const created = text(root?.created);
  const parts = created ? dateParts(created) : null;
  return {
    metadata: {
      ...(title ? { title } : {}),
      ...(creator ? { author: creator.split(/\s*;\s*/).map(personName) } : {}),
      ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
    },
  };
}
