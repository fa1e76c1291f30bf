import * as z from 'zod/mini';
import '../model/zodSetup';
import type { LibraryChanges } from '../history/libraryChanges';
import { pushedEntitiesSchema, type PushedEntities } from './pushedEntities';

/**
 * What the service tells the window without being asked, so nothing in the window polls:
 * - `library`: one numbered change set (the window refreshes only what it names), with the
 *   highlights it changed when they are few enough to send (the window draws them as sent);
 * - `sync`: a shared library's state moved (a round ended, went offline, found conflicts);
 * - `capture`: the browsers paired for saving pages changed (a pairing code was used);
 * - `open`: a link asked Dossier to show a source ("Open in Dossier" after a browser save).
 */
export type ServiceEvent =
  | { kind: 'library'; changes: LibraryChanges; entities?: PushedEntities }
  | { kind: 'sync' }
  | { kind: 'capture' }
  | { kind: 'open'; sourceId: string };

export type ServiceEventListener = (event: ServiceEvent) => void;

/** A stream of the service's events; subscribing answers how to stop. */
export interface ServiceEvents {
  subscribe(listener: ServiceEventListener): () => void;
}

const id = z.string().check(z.minLength(1), z.maxLength(200));

const libraryChangesSchema = z.strictObject({
  revision: z.int().check(z.gte(0)),
  everything: z.boolean(),
  sources: z.boolean(),
  sourceIds: z.array(id).check(z.maxLength(100_000)),
  detailIds: z.array(id).check(z.maxLength(100_000)),
  themes: z.boolean(),
  highlights: z.boolean(),
  briefs: z.boolean(),
  collections: z.boolean(),
  codebook: z.boolean(),
});

const serviceEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('library'),
    changes: libraryChangesSchema,
    entities: z.optional(pushedEntitiesSchema),
  }),
  z.strictObject({ kind: z.literal('sync') }),
  z.strictObject({ kind: z.literal('capture') }),
  z.strictObject({ kind: z.literal('open'), sourceId: id }),
]);

/**
 * An event as it arrives over a transport (IPC, Server-Sent Events), checked like any input:
 * null for anything that is not one, which the window ignores rather than act on.
 */
export function readServiceEvent(value: unknown): ServiceEvent | null {
  const parsed = serviceEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
