import { parseBoundedJson } from '../import/boundedJson';
import { extensionOf, MAX_TEXT_FILE_BYTES } from '../import/formats';
import type { ReadAnnotations } from './foreignAnnotation';
import { isHypothesisExport, readHypothesisExport } from './hypothesisExport';
import { looksLikeKindleClippings, readKindleClippings } from './kindleClippings';
import { isOmnivoreList, OMNIVORE_LIST } from './omnivoreExport';
import { looksLikeReadwiseCsv, readReadwiseCsv } from './readwiseCsv';

/** More than any reader's lifetime of highlights: a file past it is refused, not half read. */
export const MAX_ANNOTATIONS = 200_000;

/**
 * The annotations a file holds when it is an export of another reader's highlights (Kindle's
 * clippings, Hypothesis's JSON, Readwise's CSV; Omnivore's zip is read in the main process), told by its ending and its first lines; null
 * when it is not one (a .txt article stays an article, a .json CSL-JSON). An export that cannot
 * be read, or is too large, is an error with its reason.
 */
export function readAnnotationFile(
  name: string,
  bytes: Uint8Array,
): ReadAnnotations | { error: string } | null {
  const ext = extensionOf(name);
  // Only the endings exports use are decoded: a PDF or a Word file is never read as text here.
  if (!['.txt', '.csv', '.json'].includes(ext)) return null;
  const size = bytes.length;
  const text = new TextDecoder().decode(bytes);
  const kind =
    ext === '.txt' && looksLikeKindleClippings(text)
      ? 'kindle'
      : ext === '.csv' && looksLikeReadwiseCsv(text)
        ? 'readwise'
        : ext === '.json' && OMNIVORE_LIST.test(name)
          ? 'omnivore list'
          : ext === '.json' && /"target"\s*:/u.test(text.slice(0, 200_000))
            ? 'hypothesis?'
            : null;
  if (!kind) return null;
  if (size > MAX_TEXT_FILE_BYTES)
    return {
      error: `it is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB Dossier reads of an export of highlights`,
    };
  let read: ReadAnnotations | { error: string };
  if (kind === 'kindle') read = readKindleClippings(text);
  else if (kind === 'readwise') read = readReadwiseCsv(text);
  else {
    let value: unknown;
    try {
      value = parseBoundedJson(text);
    } catch {
      // Not JSON at all: the CSL-JSON reader says why, as it does for any broken .json.
      return null;
    }
    if (kind === 'omnivore list') {
      if (!isOmnivoreList(value)) return null;
      // Its highlights are in the zip beside it, which this one list cannot reach.
      return {
        error:
          "it is one of the lists of an Omnivore export, without the highlights: import the export's .zip file as Omnivore sent it",
      };
    }
    if (!isHypothesisExport(value)) return null;
    read = readHypothesisExport(value);
  }
  return withinLimit(read);
}

/** An export past MAX_ANNOTATIONS is refused whole, never half taken. */
export function withinLimit(
  read: ReadAnnotations | { error: string },
): ReadAnnotations | { error: string } {
  if ('error' in read) return read;
  if (read.annotations.length > MAX_ANNOTATIONS)
    return {
      error: `it holds ${read.annotations.length.toLocaleString('en')} annotations, more than the ${MAX_ANNOTATIONS.toLocaleString('en')} Dossier takes from one file`,
    };
  return read;
}
