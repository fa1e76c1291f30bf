import { setImmediate as nextTurn } from 'node:timers/promises';
import { countedWarning } from '../../../shared/import/warningWords';
import { refusal } from '../../../shared/import/refusalWords';
import type { PutBack, StructuredDocument } from '../../../shared/import/documentLayout';
import { formatOf, sizeLimitReason, unsupportedReason } from '../../../shared/import/formats';
import { normaliseText } from '../../../shared/import/normaliseText';
import { creditedMetadata } from '../../../shared/import/webText/creditedMetadata';
import { recoverStructure } from '../../../shared/import/webText/recoverStructure';
import { MAX_PARAGRAPHS, tooMany } from '../../../shared/import/inputLimits';
import { decodeText } from './decodeText';
import { ImportRefused } from './importRefused';

/** Pasted web text: furniture dropped, comments split off, captions and headings recovered. */
function textDocument(text: string, options: ReadOptions): StructuredDocument {
  const recovered = recoverStructure(text, options);
  const { furniture, creditLines } = recovered;
  const warnings = [
    ...(furniture.length
      ? [
          countedWarning(
            '1 line of site furniture (menus, buttons, links) removed; they are kept with the source and listed in its details',
            '{{count}} lines of site furniture (menus, buttons, links) removed; they are kept with the source and listed in its details',
            furniture.length,
          ),
        ]
      : []),
    ...(creditLines.length
      ? [
          countedWarning(
            '1 line under the headline ({{lines}}) read as its credits, not as paragraphs; they are kept with the source and listed in its details',
            '{{count}} lines under the headline ({{lines}}) read as its credits, not as paragraphs; they are kept with the source and listed in its details',
            creditLines.length,
            { lines: creditLines.join(' · ') },
          ),
        ]
      : []),
  ];
  const removed = [...creditLines, ...furniture];
  return {
    title: recovered.title,
    blocks: recovered.blocks,
    captions: recovered.blockCaptions,
    comments: recovered.comments,
    signature: recovered.signature,
    metadata: creditedMetadata(recovered.credits, recovered.byline),
    warnings,
    ...(removed.length ? { removed } : {}),
  };
}

export type ReadOptions = PutBack;

/**
 * A document read through jsdom, handed on once the event loop has turned: jsdom's closed
 * windows are freed only then. A folder of pages already in the library does no other I/O, so
 * without the turn each page's whole DOM stayed in memory until the folder was done (1,000
 * saved pages: out of memory at 4 GB).
 */
async function afterDomFreed<T>(read: T | Promise<T>): Promise<T> {
  const document = await read;
  await nextTurn();
  return document;
}

/** Reads one file, whatever its format, into the structure every source is made from. */
export async function readDocument(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<StructuredDocument> {
  const format = formatOf(fileName);
  if (format === null) throw new ImportRefused(unsupportedReason(fileName));
  if (bytes.length === 0) throw new ImportRefused(refusal('it is empty'));
  const tooLarge = sizeLimitReason(fileName, bytes.length);
  if (tooLarge) throw new ImportRefused(tooLarge);
  // The readers of other formats (pdf.js, mammoth, jsdom) load when a file needs them, so that
  // opening Dossier and importing text pay for none of them.
  if (format === 'pdf') return withinLimits((await import('./pdfDocument')).pdfDocument(bytes));
  if (format === 'epub')
    return withinLimits(afterDomFreed((await import('./epubDocument')).epubDocument(bytes)));
  if (format === 'docx')
    return withinLimits(afterDomFreed((await import('./docxDocument')).docxDocument(bytes)));
  const decoded = decodeText(bytes);
  if ('refused' in decoded) throw new ImportRefused(decoded.refused);
  const text = normaliseText(decoded.text);
  if (!text) throw new ImportRefused(refusal('it is empty'));
  const document =
    format === 'html'
      ? await afterDomFreed((await import('./htmlDocument')).htmlDocument(text, options))
      : format === 'markdown'
        ? (await import('./markdownDocument')).markdownDocument(text)
        : textDocument(text, options);
  return withinLimits({ ...document, warnings: [...decoded.warnings, ...document.warnings] });
}

/** A document of more paragraphs than any writer's source is refused before it is stored. */
async function withinLimits(read: StructuredDocument | Promise<StructuredDocument>) {
  const document = await read;
  if (document.blocks.length > MAX_PARAGRAPHS)
    throw new ImportRefused(
      tooMany(
        'paragraphs',
        document.blocks.length,
        MAX_PARAGRAPHS,
        'split it into parts and import each',
      ),
    );
  return document;
}
