import * as z from 'zod/mini';
import '../../../shared/model/zodSetup';
import type { BriefOrder, FigureEdit } from '../../../shared/model/brief';
import type { SourceChoice } from './BriefSources';

/** The brief being made, as the writer left it: kept across a reload or a restart of the window. */
export interface BriefDraft {
  /** The saved brief this draft edits, if it was opened from the library. */
  savedId: string | null;
  title: string;
  themeIds: string[];
  choice: SourceChoice;
  order: BriefOrder;
  edits: Record<string, FigureEdit>;
}

export const EMPTY_DRAFT: BriefDraft = {
  savedId: null,
  title: '',
  themeIds: [],
  choice: { kind: 'all' },
  order: 'date',
  edits: {},
};

const id = z.string().check(z.minLength(1), z.maxLength(200));
const ids = z.array(id).check(z.maxLength(10_000));

// Local storage is written by this window but read as any input: a draft from an older Dossier,
// or edited by hand, is dropped whole rather than half-applied.
const draftSchema = z.strictObject({
  savedId: z.nullable(id),
  title: z.string().check(z.maxLength(300)),
  themeIds: ids,
  choice: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('collection'), id }),
    z.strictObject({ kind: z.literal('chosen'), ids }),
  ]),
  order: z.enum(['date', 'title', 'chosen']),
  edits: z.record(
    z.string().check(z.maxLength(300)),
    z.strictObject({
      dropped: z.optional(z.boolean()),
      counts: z.optional(z.string().check(z.maxLength(100))),
    }),
  ),
});

export const isBriefDraft = (stored: unknown): stored is BriefDraft =>
  draftSchema.safeParse(stored).success;
