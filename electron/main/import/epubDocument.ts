import { part, refusal } from '../../../shared/import/refusalWords';
import { warning } from '../../../shared/import/warningWords';
import type {
  BlockCaption,
  BlockChapter,
  DocumentBlock,
  StructuredDocument,
} from '../../../shared/import/documentLayout';
import { chapterNumber } from '../../../shared/import/chapterNumber';
import { packagePath, readPackage } from '../../../shared/import/epubPackage';
import { MAX_PARAGRAPHS, tooMany } from '../../../shared/import/inputLimits';
import { blocksOfHtml } from './htmlBlocks';
import { ImportRefused } from './importRefused';
import { pageDom } from './pageDom';
import { readZip } from './zipLimits';

// Fonts may be "encrypted" by obfuscation, which every reading system undoes: that is no lock.
const FONT_OBFUSCATION = ['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC'];

/** The DRM a book is locked with, by the files each scheme leaves in META-INF; null if none. */
function lockedBy(parts: ReadonlyMap<string, Buffer>): string | null {
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? null;
  const rights = text('META-INF/rights.xml');
  if (rights !== null)
    return /adobe|adept/iu.test(rights)
      ? 'Adobe DRM (ADEPT)'
      : 'a DRM licence (META-INF/rights.xml)';
  if (parts.has('META-INF/sinf.xml')) return 'Apple FairPlay DRM';
  const encryption = text('META-INF/encryption.xml');
  if (encryption !== null) {
    const algorithms = [...encryption.matchAll(/Algorithm="([^"]+)"/gu)].map((m) => m[1]!);
    if (algorithms.some((a) => !FONT_OBFUSCATION.includes(a)))
      return 'DRM (its META-INF/encryption.xml encrypts the text)';
  }
  return null;
}

const wanted = (name: string) =>
  /^META-INF\/(container|encryption|rights|sinf)\.xml$/u.test(name) ||
  /\.(opf|xhtml|html|htm|xml)$/iu.test(name);

/**
 * An EPUB 2 or 3 book: its package's details as CSL, and its chapters in reading order through
 * the same HTML reading as saved pages, each chapter's headings becoming sections. A book locked
 * with DRM is refused by the name of its lock; a chapter that cannot be read is told and left
 * out, the others kept.
 */
export async function epubDocument(bytes: Uint8Array): Promise<StructuredDocument> {
  const parts = await readZip(bytes, wanted, { what: part('an EPUB') });
  const locked = lockedBy(parts);
  if (locked)
    throw new ImportRefused(
      refusal(
        'it is locked with {{scheme}}; Dossier cannot read a locked book: import a DRM-free copy',
        { scheme: locked },
      ),
    );
  const container = parts.get('META-INF/container.xml');
  if (!container)
    throw new ImportRefused(refusal('it is not an EPUB (it has no META-INF/container.xml)'));
  const opfPath = packagePath(container.toString('utf8'));
  const opf = opfPath ? parts.get(opfPath) : undefined;
  if (!opfPath || !opf)
    throw new ImportRefused(refusal('its container names no package document it holds'));
  const pkg = readPackage(opf.toString('utf8'), opfPath);
  if ('error' in pkg) throw new ImportRefused(refusal('{{detail}}', { detail: pkg.error }));

  const blocks: DocumentBlock[] = [];
  const captions: BlockCaption[] = [];
  const chapters: BlockChapter[] = [];
  const warnings: string[] = [];
  for (const path of pkg.spine) {
    const chapter = parts.get(path);
    if (!chapter) {
      warnings.push(
        warning('{{path}}, listed in its reading order, is not in the book; left out', { path }),
      );
      continue;
    }
    const dom = pageDom(chapter.toString('utf8'));
    try {
      const read = blocksOfHtml(dom.window.document.body);
      for (const c of read.captions) captions.push({ ...c, before: c.before + blocks.length });
      // Each spine document is a chapter, numbered when its heading numbers it ("Chapter 3").
      const heading = read.blocks.find((b) => b.kind === 'heading');
      if (read.blocks.length)
        chapters.push({
          label: (heading && chapterNumber(heading.text)) ?? '',
          firstBlock: blocks.length,
        });
      blocks.push(...read.blocks);
    } catch (error) {
      warnings.push(
        warning('{{path}} could not be read ({{detail}}); left out', {
          path,
          detail: (error as Error).message,
        }),
      );
    } finally {
      dom.window.close();
    }
    if (blocks.length > MAX_PARAGRAPHS)
      throw new ImportRefused(
        tooMany('paragraphs', blocks.length, MAX_PARAGRAPHS, 'split the book'),
      );
  }
  const title = typeof pkg.metadata.title === 'string' ? pkg.metadata.title : null;
  // A title page repeats the title as the book's first heading.
  const first = blocks[0];
  const body = first && title && first.text === title ? blocks.slice(1) : blocks;
  const shift = body === blocks ? 0 : 1;
  return {
    title,
    blocks: body,
    captions: captions.map((c) => ({ ...c, before: c.before - shift })),
    // Only a book that numbers some chapter is cited by chapter.
    ...(chapters.some((c) => c.label)
      ? {
          chapters: chapters.map((c) => ({ ...c, firstBlock: Math.max(0, c.firstBlock - shift) })),
        }
      : {}),
    comments: [],
    signature: null,
    metadata: pkg.metadata,
    warnings,
  };
}
