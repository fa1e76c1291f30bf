/** Why a file's decoded content cannot be a text source, or null when it can. */
export function reasonToRefuse(decoded: string | null): string | null {
  if (decoded === null) return 'it is not UTF-8 text (it looks like a binary file)';
  if (decoded.includes('\u0000')) return 'it is a binary file, not text';
  if (decoded.trim() === '') return 'it is empty';
  return null;
}
