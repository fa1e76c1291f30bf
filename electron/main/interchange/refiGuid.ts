import { createHash } from 'node:crypto';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';

/**
 * A GUID for REFI-QDA files (a version-4-shaped UUID made from a hash): the same for the same
 * thing of the same library in every export, different between libraries.
 */
export function refiGuid(doc: LibraryDocument, kind: string, id: string): string {
  // Themes were the first things given GUIDs, keyed by id alone; they keep those GUIDs.
  const key = kind === 'theme' ? id : `${kind}\n${id}`;
  const hex = createHash('sha256').update(`${doc.createdAt}\n${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}
