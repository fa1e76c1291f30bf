import * as z from 'zod/mini';

// Loose: particles, suffixes and the other CSL name parts must survive.
const name = z.partial(
  z.looseObject({ family: z.string(), given: z.string(), literal: z.string() }),
);
const date = z.partial(
  z.looseObject({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))) }),
);
export const cslItemSchema = z.partial(
  z.looseObject({
    type: z.string(),
    title: z.string(),
    author: z.array(name),
    'container-title': z.string(),
    publisher: z.string(),
    issued: date,
    URL: z.string(),
  }),
);
