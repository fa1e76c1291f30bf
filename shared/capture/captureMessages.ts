// What the browser extension and Dossier's capture endpoint say to each other. The extension
// builds these messages and the endpoint checks them with the same schemas, so neither side can
// drift from the other.
import * as z from 'zod/mini';
import '../model/zodSetup';

/** The port Dossier listens on for the extension, and the next ones it falls back to. */
export const CAPTURE_PORTS = [23137, 23138, 23139, 23140] as const;
/** The header only the extension sends: a page cannot add it without a preflight we refuse. */
export const CAPTURE_HEADER = 'x-dossier-capture';
/** A capture's largest body: a page's DOM with its inlined comments. */
export const MAX_CAPTURE_BYTES = 50 * 1024 * 1024;

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

export const pairRequestSchema = z.strictObject({
  code: text(4, 20),
  /** How the writer will know this browser in the list of paired ones. */
  client: text(1, 120),
});
export type PairRequest = z.infer<typeof pairRequestSchema>;

/** A W3C text-quote selector: the words chosen and a little of what stands around them. */
export const quoteSelectorSchema = z.strictObject({
  exact: text(1, 20_000),
  prefix: text(0, 200),
  suffix: text(0, 200),
});
export type QuoteSelector = z.infer<typeof quoteSelectorSchema>;

/** The details the popup showed, as the writer left them; each one given wins over the page's. */
export const captureDetailsSchema = z.strictObject({
  title: z.optional(text(0, 1000)),
  authors: z.optional(z.array(text(1, 300)).check(z.maxLength(100))),
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.optional(z.string().check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/))),
  site: z.optional(text(0, 300)),
});
export type CaptureDetails = z.infer<typeof captureDetailsSchema>;

export const captureRequestSchema = z.strictObject({
  url: z.string().check(z.maxLength(8192), z.regex(/^https?:\/\//i, 'a page captured is http(s)')),
  /** The page's DOM as the browser has it after its scripts ran, serialised. */
  html: text(1, MAX_CAPTURE_BYTES),
  details: z.optional(captureDetailsSchema),
  selection: z.optional(quoteSelectorSchema),
  /** The themes to tag the selection with. */
  themeIds: z.optional(z.array(text(1, 200)).check(z.maxLength(50))),
  collectionId: z.optional(text(1, 200)),
  /** What to do when the library has this URL already: ask, read it again, or add a second. */
  onExisting: z.optional(z.enum(['ask', 'update', 'keep-both'])),
});
export type CaptureRequest = z.infer<typeof captureRequestSchema>;

export const lookupRequestSchema = z.strictObject({ url: text(1, 8192) });

export type CaptureAnswer =
  | {
      status: 'imported' | 'updated';
      sourceId: string;
      title: string;
      warnings: string[];
      highlighted: boolean;
    }
  | { status: 'exists'; sourceId: string; title: string };
