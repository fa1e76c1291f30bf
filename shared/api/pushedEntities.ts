import * as z from 'zod/mini';
import '../model/zodSetup';
import type { Same } from '../model/sameType';
import type { HighlightView } from './types';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const offset = z.nullable(z.int().check(z.gte(0)));

const highlightViewSchema = z.strictObject({
  id,
  sourceId: id,
  themeIds: z.array(id).check(z.maxLength(1000)),
  note: z.string().check(z.maxLength(1_000_000)),
  quote: z.string().check(z.maxLength(10_000_000)),
  start: offset,
  end: offset,
  orphaned: z.boolean(),
  createdAt: z.string().check(z.maxLength(100)),
  writer: z.optional(z.string().check(z.maxLength(200))),
  signature: z.optional(z.enum(['verified', 'unverified'])),
});

/**
 * What a change made, sent with its change set so the window redraws without asking again:
 * the whole list of highlights of each source whose highlights changed (a list, not a delta,
 * so a list that arrives twice or late draws nothing wrong), and every theme's own count.
 */
export const pushedEntitiesSchema = z.strictObject({
  highlights: z
    .array(
      z.strictObject({
        sourceId: id,
        list: z.array(highlightViewSchema).check(z.maxLength(100_000)),
      }),
    )
    .check(z.maxLength(1000)),
  themeCounts: z.record(id, z.int().check(z.gte(0))),
});

export type PushedEntities = z.output<typeof pushedEntitiesSchema>;

/** The schema lets through exactly what the service sends of a highlight (npm run typecheck). */
export const highlightViewSchemaMatches: Same<
  z.output<typeof highlightViewSchema>,
  HighlightView
> = true;
