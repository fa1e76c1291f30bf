import * as z from 'zod/mini';
import './zodSetup';

/** CSL-JSON's name variables: each a list of names. */
export const CSL_NAME_FIELDS = [
  'author',
  'chair',
  'collection-editor',
  'compiler',
  'composer',
  'container-author',
  'contributor',
  'curator',
  'director',
  'editor',
  'editorial-director',
  'executive-producer',
  'guest',
  'host',
  'illustrator',
  'interviewer',
  'narrator',
  'organizer',
  'original-author',
  'performer',
  'producer',
  'recipient',
  'reviewed-author',
  'script-writer',
  'series-creator',
  'translator',
] as const;

/** CSL-JSON's date variables. */
export const CSL_DATE_FIELDS = [
  'accessed',
  'available-date',
  'event-date',
  'issued',
  'original-date',
  'submitted',
] as const;

// Loose: particles, suffixes and the other CSL name and date parts must survive.
const name = z.partial(
  z.looseObject({ family: z.string(), given: z.string(), literal: z.string() }),
);
const date = z.partial(
  z.looseObject({
    'date-parts': z.array(z.array(z.union([z.number(), z.string()]))),
    raw: z.string(),
    literal: z.string(),
  }),
);
const scalar = z.union([z.string(), z.number()]);

export const cslItemSchema = z.partial(
  z.looseObject({
    type: z.string(),
    title: z.string(),
    'container-title': z.string(),
    publisher: z.string(),
    URL: z.string(),
    DOI: z.string(),
    page: scalar,
    volume: scalar,
    issue: scalar,
    ...Object.fromEntries(CSL_NAME_FIELDS.map((f) => [f, z.array(name)])),
    ...Object.fromEntries(CSL_DATE_FIELDS.map((f) => [f, date])),
  }),
);
