import type * as z from 'zod/mini';
import type { LibraryDocument } from './libraryDocument';
import type { recordSchemas, RecordCollection } from './libraryRecords';
import type { Same } from './sameType';

/*
 * The records' types and their schemas are one description: each collection's record type is
 * checked here, field by field, against what its schema lets through, so a field added to one
 * and not the other fails the type check (npm run typecheck), not a library at open.
 */

/** A record less the index signatures loose objects add (at any depth) for later versions' fields. */
type Known<T> = T extends readonly (infer E)[]
  ? Known<E>[]
  : T extends object
    ? [NamedKeys<T>] extends [never]
      ? { [K in keyof T]: Known<T[K]> } // a record by key (figureEdits): its values are checked
      : { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;
type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: 1 };
// A source's details (CSL) are checked on their own, by checkCslItem against CSL's schema: the
// record schema holds them as an object of any fields.
type Stored<C extends RecordCollection> = Omit<
  Known<z.infer<(typeof recordSchemas)[C]>>,
  'metadata'
>;
type Typed<C extends RecordCollection> = Omit<Known<LibraryDocument[C][number]>, 'metadata'>;

export const recordTypesMatch: {
  [C in RecordCollection]: Same<Stored<C>, Typed<C>>;
} = {
  sources: true,
  themes: true,
  highlights: true,
  dismissedSuggestions: true,
  briefs: true,
  sourceCollections: true,
};
