import { refusal, type Refusal } from './refusalWords';

/** What each file ending is read as. A file with no ending is tried as text: notes often have none. */
const FORMATS = {
  text: ['', '.txt', '.text'],
  markdown: ['.md', '.markdown'],
  html: ['.html', '.htm', '.xhtml'],
  pdf: ['.pdf'],
  docx: ['.docx'],
  epub: ['.epub'],
} as const;

export type ImportFormat = keyof typeof FORMATS;

/** No file larger than this crosses into the archive (PDFs and Word files with images). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Text-like files larger than this are refused before they are read, to keep memory bounded. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

export const importableExtensions: readonly string[] = Object.values(FORMATS)
  .flat()
  .filter(Boolean);

export function extensionOf(fileName: string): string {
  const match = /\.[^./\\]+$/.exec(fileName);
  return match ? match[0].toLowerCase() : '';
}

export function formatOf(fileName: string): ImportFormat | null {
  const ext = extensionOf(fileName);
  const entry = Object.entries(FORMATS).find(([, endings]) =>
    (endings as readonly string[]).includes(ext),
  );
  return entry ? (entry[0] as ImportFormat) : null;
}

/** Files that hold references, not texts: they create or update sources' metadata. */
export function exchangeFormatOf(fileName: string): 'bibtex' | 'ris' | 'csl-json' | null {
  const ext = extensionOf(fileName);
  if (ext === '.bib' || ext === '.bibtex') return 'bibtex';
  if (ext === '.ris') return 'ris';
  if (ext === '.json') return 'csl-json';
  return null;
}

/** Endings of other readers' exports of highlights that no other reader takes (Readwise's CSV, Omnivore's zip). */
const HIGHLIGHT_EXPORTS = ['.csv', '.zip'];

export function isImportable(fileName: string): boolean {
  return (
    formatOf(fileName) !== null ||
    exchangeFormatOf(fileName) !== null ||
    HIGHLIGHT_EXPORTS.includes(extensionOf(fileName))
  );
}

export function isTextFormat(format: ImportFormat): boolean {
  return format === 'text' || format === 'markdown' || format === 'html';
}

export function unsupportedReason(fileName: string): Refusal {
  return refusal(
    '{{extension}} files cannot be imported (Dossier reads {{formats}}, and .bib, .ris and CSL-JSON for metadata, and highlights exported from Kindle, Hypothesis, Readwise and Omnivore)',
    { extension: extensionOf(fileName), formats: importableExtensions.join(', ') },
  );
}

/** The size limit for a file, or null when it is within it. */
export function sizeLimitReason(fileName: string, size: number): Refusal | null {
  const format = formatOf(fileName);
  const text = format !== null && isTextFormat(format);
  const limit = text ? MAX_TEXT_FILE_BYTES : MAX_FILE_BYTES;
  if (size <= limit) return null;
  const values = { size: megabytes(size), limit: megabytes(limit) };
  return text
    ? refusal(
        'it is {{size}}, over the {{limit}} limit for a text file (split it into smaller files)',
        values,
      )
    : refusal('it is {{size}}, over the {{limit}} limit for a file', values);
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
