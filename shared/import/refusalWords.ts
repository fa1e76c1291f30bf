import { worded, type Wording } from '../text/wording';

/**
 * Why a file is not imported, as the window words it in its own language (see text/wording.ts).
 * The parts a reason is built of (what kind of file, what it holds too many of, the advice) are
 * wordings of their own, so each language can put them in its own order and case.
 */
export const REFUSAL_TEXTS = [
  '{{extension}} files cannot be imported (Dossier reads {{formats}}, and .bib, .ris and CSL-JSON for metadata, and highlights exported from Kindle, Hypothesis, Readwise and Omnivore)',
  'it is empty',
  'it holds no text',
  'its metadata file {{file}} is unusable: {{detail}}',
  'it is {{size}}, over the {{limit}} limit for a text file (split it into smaller files)',
  'it is {{size}}, over the {{limit}} limit for a file',
  'it holds {{found}} {{what}}, more than the {{limit}} Dossier reads from one file; {{advice}}',
  'it is password-protected',
  'it is damaged or not a PDF (pdf.js found no valid PDF structure)',
  'pdf.js could not read it ({{detail}})',
  'it has no text layer (a scanned PDF?); Dossier reads text, not images of text',
  'it is damaged or not a Word file ({{detail}})',
  'it is damaged or not {{what}} (its zip directory is missing: a truncated file?)',
  'it is damaged or not {{what}} (its zip directory is broken)',
  'it is damaged or not {{what}} ({{part}} is missing from the zip)',
  'it is damaged or not {{what}} (a part of it does not unpack)',
  'it unpacks to more than {{limit}} MB (a zip bomb, or not a document)',
  'it is locked with {{scheme}}; Dossier cannot read a locked book: import a DRM-free copy',
  'it is not an EPUB (it has no META-INF/container.xml)',
  'it is not a Word document (it has no word/document.xml)',
  'its container names no package document it holds',
  'its lists or quotations are nested {{depth}} levels deep, more than the {{limit}} Dossier follows; it is not read, so it cannot stall the import',
  'its elements are nested {{depth}} deep, more than the {{limit}} any saved page needs; it is not read, so it cannot stall the import',
  'it is {{kind}}, not text',
  'it is a binary file, not text',
  'it is not a REFI-QDA project (it has no {{file}})',
  'it is nested too deeply to read (more levels of elements or quotes than Dossier follows)',
  'it could not be read ({{detail}})',
  // A reason a reader of another library worded in English (a parser's own words).
  '{{detail}}',
] as const;

/** The parts a reason names: kinds of file, what a file holds too many of, advice. */
export const REFUSAL_PARTS = [
  'a Word file',
  'an EPUB',
  'a REFI-QDA project',
  'an Omnivore export',
  'a PDF file',
  'a zip archive (a Word or OpenDocument file, perhaps)',
  'a PNG image',
  'a JPEG image',
  'a GIF image',
  'a program (ELF)',
  'an old Office file (.doc)',
  'paragraphs',
  'pages',
  'records',
  'split it into parts and import each',
  'split the book',
  'split it into smaller files',
] as const;

export type RefusalText = (typeof REFUSAL_TEXTS)[number];
export type RefusalPart = (typeof REFUSAL_PARTS)[number];
export type Refusal = Wording<RefusalText>;

/** A reason with its values (every placeholder given, nothing else). */
export function refusal(
  text: RefusalText,
  values: Record<string, string | Wording<RefusalPart>> = {},
): Refusal {
  return worded(text, values);
}

/** One of the parts, as a value of a reason. */
export function part(text: RefusalPart): Wording<RefusalPart> {
  return worded(text);
}
