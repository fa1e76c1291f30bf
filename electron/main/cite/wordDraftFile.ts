import type { DraftEngine } from '../../../shared/cite/citeDraft';
import { refusal } from '../../../shared/import/refusalWords';
import { citeWordDraft, type WordDraftParts } from '../../../shared/cite/wordDraft';
import { ImportRefused } from '../import/importRefused';
import { readZip } from '../import/zipLimits';

const PARTS: Record<keyof WordDraftParts, string> = {
  document: 'word/document.xml',
  footnotes: 'word/footnotes.xml',
  styles: 'word/styles.xml',
  contentTypes: '[Content_Types].xml',
  documentRels: 'word/_rels/document.xml.rels',
};

/**
 * A .docx draft with its citation markers made (see citeWordDraft): the parts that change are
 * replaced in the zip, every other part is carried over as it was.
 */
export async function renderWordDraft<S extends { id: string; title: string }>(
  bytes: Buffer,
  resolve: (key: string) => S | undefined,
  engineFor: (cited: S[]) => DraftEngine,
): Promise<{ bytes: Buffer; citations: number; unknownKeys: string[]; notes: number }> {
  // Checked for size before anything unpacks it, as an imported Word file is.
  const wanted = new Set(Object.values(PARTS));
  const parts = await readZip(bytes, (name) => wanted.has(name));
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? null;
  const document = text(PARTS.document);
  const contentTypes = text(PARTS.contentTypes);
  if (document === null || contentTypes === null)
    throw new ImportRefused(refusal('it is not a Word document (it has no word/document.xml)'));
  const result = citeWordDraft(
    {
      document,
      footnotes: text(PARTS.footnotes),
      styles: text(PARTS.styles),
      contentTypes,
      documentRels: text(PARTS.documentRels) ?? '',
    },
    resolve,
    engineFor,
  );
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  for (const [part, xml] of Object.entries(result.parts))
    if (typeof xml === 'string')
      zip.file(PARTS[part as keyof WordDraftParts], xml, { createFolders: false });
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return {
    bytes: out,
    citations: result.citations,
    unknownKeys: result.unknownKeys,
    notes: result.notes,
  };
}
