import mammoth from 'mammoth';
import { warning } from '../../../shared/import/warningWords';
import { refusal } from '../../../shared/import/refusalWords';
import type { StructuredDocument } from '../../../shared/import/documentLayout';
import { docxCoreMetadata } from '../../../shared/import/docxCore';
import { MAX_PARAGRAPHS, tooMany } from '../../../shared/import/inputLimits';
import { blocksOfHtml } from './htmlBlocks';
import { htmlBody } from './htmlBody';
import { ImportRefused } from './importRefused';
import { checkZip } from './zipLimits';

const CORE = 'docProps/core.xml';
const BODY = 'word/document.xml';

/** Word's own paragraph styles for a title, a subtitle and a caption, kept apart from the prose. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Caption'] => figure > figcaption:fresh",
];

/** A Word file through mammoth: its headings, paragraphs and captions, and its document properties. */
export async function docxDocument(bytes: Uint8Array): Promise<StructuredDocument> {
  const parts = await checkZip(bytes, [CORE, BODY]);
  // Counted in the XML before mammoth and jsdom take the time to read every paragraph.
  const paragraphs = parts.get(BODY)?.match(/<w:p[\s>]/g)?.length ?? 0;
  parts.delete(BODY);
  if (paragraphs > MAX_PARAGRAPHS)
    throw new ImportRefused(
      tooMany('paragraphs', paragraphs, MAX_PARAGRAPHS, 'split it into parts and import each'),
    );
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    ({ value: html, messages } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true },
    ));
  } catch (error) {
    throw new ImportRefused(
      refusal('it is damaged or not a Word file ({{detail}})', {
        detail: (error as Error).message.split('\n')[0]!,
      }),
    );
  }
  const parsed = htmlBody(html);
  let styledTitle: string | null;
  let read: ReturnType<typeof blocksOfHtml>;
  try {
    const titleElement = parsed.body.querySelector('h1.title');
    styledTitle = titleElement?.textContent?.trim() || null;
    titleElement?.remove();
    read = blocksOfHtml(parsed.body);
  } finally {
    parsed.close();
  }
  const { blocks, captions } = read;
  const core = docxCoreMetadata(parts.get(CORE));
  const metadata = { type: 'report', ...core.metadata };
  const title = styledTitle ?? (metadata.title as string | undefined) ?? null;
  const errors = messages.filter((m) => m.type === 'error');
  return {
    title,
    blocks,
    captions,
    comments: [],
    signature: null,
    metadata: { ...metadata, ...(title ? { title } : {}) },
    warnings: [
      ...(errors.length
        ? [
            warning('parts of the document could not be read ({{detail}})', {
              detail: errors[0]!.message,
            }),
          ]
        : []),
      ...(core.warning ? [core.warning] : []),
    ],
  };
}
