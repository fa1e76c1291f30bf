import * as z from 'zod/mini';
import {
  captureDetailsSchema,
  type CaptureAnswer,
  type CaptureRequest,
} from '../../shared/capture/captureMessages';
import type { QueueStore } from './captureQueue';
import { NotRunning, Refused, type DossierClient } from './dossierClient';
import type { PageSnapshot } from './pageSnapshot';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const tabId = z.int().check(z.gte(0));
/** What the popup and the context menu ask of the background, checked as any input. */
export const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status') }),
  z.strictObject({
    type: z.literal('pair'),
    code: z.string().check(z.minLength(4), z.maxLength(20)),
  }),
  z.strictObject({ type: z.literal('choices') }),
  z.strictObject({ type: z.literal('preview'), tabId }),
  z.strictObject({
    type: z.literal('save'),
    tabId,
    details: z.optional(captureDetailsSchema),
    themeIds: z.optional(z.array(id).check(z.maxLength(50))),
    collectionId: z.optional(id),
    onExisting: z.optional(z.enum(['ask', 'update', 'keep-both'])),
  }),
  z.strictObject({ type: z.literal('flush') }),
]);
export type Message = z.infer<typeof messageSchema>;

export interface BackgroundDeps {
  client: DossierClient;
  queue: QueueStore;
  snapshot(tabId: number): Promise<PageSnapshot>;
  /** Shows how many captures wait. */
  badge(waiting: number): Promise<void>;
  hasToken(): Promise<boolean>;
  clientName: string;
  now(): Date;
}

export type SaveAnswer = CaptureAnswer | { status: 'queued'; waiting: number };

/** Sends what waits, oldest first; stops at the first that cannot reach Dossier. */
async function flush(deps: BackgroundDeps) {
  let sent = 0;
  const failed: string[] = [];
  for (const item of await deps.queue.all()) {
    try {
      await deps.client.capture(item.request);
    } catch (error) {
      // Not running, or this browser not paired (yet): the rest waits with it.
      if (error instanceof NotRunning || (error instanceof Refused && error.status === 401)) break;
      if (!(error instanceof Refused)) throw error;
      // Dossier read it and refused it: waiting would not change that; the writer is told.
      failed.push(`${item.request.url}: ${error.message}`);
    }
    await deps.queue.remove(item.id);
    sent++;
  }
  const waiting = (await deps.queue.all()).length;
  await deps.badge(waiting);
  return { sent, failed, waiting };
}

/** One message from the popup or the menu, answered; an error as words the popup shows. */
export async function handleMessage(raw: unknown, deps: BackgroundDeps): Promise<unknown> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return { error: 'The extension sent itself a message it does not know.' };
  const message = parsed.data;
  try {
    switch (message.type) {
      case 'status': {
        const waiting = (await deps.queue.all()).length;
        try {
          const { paired } = await deps.client.find();
          return { running: true, paired, waiting };
        } catch (error) {
          if (!(error instanceof NotRunning)) throw error;
          return { running: false, paired: await deps.hasToken(), waiting };
        }
      }
      case 'pair':
        await deps.client.pair(message.code, deps.clientName);
        return { paired: true, ...(await flush(deps)) };
      case 'choices':
        return await deps.client.choices();
      case 'preview': {
        const page = await deps.snapshot(message.tabId);
        const [details, { existing }] = await Promise.all([
          deps.client.preview(page.url, page.html),
          deps.client.lookup(page.url),
        ]);
        return { url: page.url, details, existing, selection: page.selection?.exact ?? null };
      }
      case 'save': {
        const page = await deps.snapshot(message.tabId);
        const request: CaptureRequest = {
          url: page.url,
          html: page.html,
          ...(message.details ? { details: message.details } : {}),
          ...(page.selection ? { selection: page.selection } : {}),
          ...(message.themeIds ? { themeIds: message.themeIds } : {}),
          ...(message.collectionId ? { collectionId: message.collectionId } : {}),
          ...(message.onExisting ? { onExisting: message.onExisting } : {}),
        };
        try {
          return (await deps.client.capture(request)) satisfies SaveAnswer;
        } catch (error) {
          if (!(error instanceof NotRunning)) throw error;
          // Kept until Dossier is back; then nothing can ask, so a page saved before is kept
          // beside the one there.
          await deps.queue.add(
            { ...request, onExisting: request.onExisting === 'update' ? 'update' : 'keep-both' },
            deps.now().toISOString(),
          );
          const waiting = (await deps.queue.all()).length;
          await deps.badge(waiting);
          return { status: 'queued', waiting } satisfies SaveAnswer;
        }
      }
      case 'flush':
        return await flush(deps);
    }
  } catch (error) {
    return { error: (error as Error).message };
  }
}
