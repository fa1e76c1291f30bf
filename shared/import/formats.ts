/** File endings the importer reads; the import issue adds HTML, Markdown, PDF, DOCX and more. */
export const importableExtensions = ['.txt', '.text'] as const;

export function extensionOf(fileName: string): string {
  const match = /\.[^./\\]+$/.exec(fileName);
  return match ? match[0].toLowerCase() : '';
}

/** A file with no ending is tried as text: writers' notes often have none. */
export function isImportable(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return ext === '' || (importableExtensions as readonly string[]).includes(ext);
}

export function unsupportedReason(fileName: string): string {
  return `${extensionOf(fileName)} files cannot be imported yet (Dossier reads plain text: ${importableExtensions.join(', ')})`;
}
