import { z } from 'zod';

// Passthrough: particles, suffixes and the other CSL name parts must survive.
const name = z
  .object({ family: z.string(), given: z.string(), literal: z.string() })
  .partial()
  .passthrough();
const date = z
  .object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))) })
  .partial()
  .passthrough();
export const cslItemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    author: z.array(name),
    'container-title': z.string(),
    publisher: z.string(),
    issued: date,
    URL: z.string(),
  })
  .partial()
  .passthrough();
