import { Lexer, type Token, type Tokens } from 'marked';
import { warning } from '../../../shared/import/warningWords';
import { refusal } from '../../../shared/import/refusalWords';
import { parse as parseYaml } from 'yaml';
import {
  collapseWhitespace,
  type BlockCaption,
  type DocumentBlock,
  type StructuredDocument,
} from '../../../shared/import/documentLayout';
import { frontMatterMetadata } from '../../../shared/import/frontMatterMetadata';
import { jsonNesting, MAX_JSON_NESTING } from '../../../shared/import/boundedJson';
import { markdownNesting, MAX_MARKDOWN_NESTING } from '../../../shared/import/inputLimits';
import { ImportRefused } from './importRefused';
import type { CslMetadata } from '../../../shared/model/source';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function readFrontMatter(text: string): {
  body: string;
  metadata: CslMetadata;
  warnings: string[];
} {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, metadata: {}, warnings: [] };
  const body = text.slice(match[0].length);
  // YAML's flow collections nest like JSON; its reader recurses once per level.
  const nesting = jsonNesting(match[1]!);
  if (nesting > MAX_JSON_NESTING)
    return {
      body,
      metadata: {},
      warnings: [
        warning(
          'the front matter is nested {{depth}} levels deep, more than the {{limit}} Dossier follows, and was left out',
          { depth: nesting.toLocaleString('en'), limit: String(MAX_JSON_NESTING) },
        ),
      ],
    };
  try {
    const data: unknown = parseYaml(match[1]!);
    const metadata =
      data && typeof data === 'object' && !Array.isArray(data)
        ? frontMatterMetadata(data as Record<string, unknown>)
        : {};
    return { body, metadata, warnings: [] };
  } catch (error) {
    return {
      body,
      metadata: {},
      warnings: [
        warning('the front matter is not valid YAML and was left out ({{detail}})', {
          detail: (error as Error).message.split('\n')[0]!,
        }),
      ],
    };
  }
}

/** Inline Markdown as the reader sees it: emphasis, links and code as their words only. */
function plain(tokens: readonly Token[] | undefined, fallback = ''): string {
  if (!tokens) return fallback;
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'image':
        case 'html':
          return '';
        case 'br':
          return ' ';
        case 'escape':
        case 'codespan':
          return (token as Tokens.Codespan).text;
        default:
          return 'tokens' in token && token.tokens
            ? plain(token.tokens)
            : 'text' in token
              ? String(token.text)
              : '';
      }
    })
    .join('');
}

/**
 * A Markdown file as an article: its front matter as metadata, `#` headings as sections,
 * paragraphs, list items and quotations as passages, an image alone in its paragraph as a figure.
 */
export function markdownDocument(text: string): StructuredDocument {
  const nesting = markdownNesting(text);
  if (nesting > MAX_MARKDOWN_NESTING)
    throw new ImportRefused(
      refusal(
        'its lists or quotations are nested {{depth}} levels deep, more than the {{limit}} Dossier follows; it is not read, so it cannot stall the import',
        { depth: nesting.toLocaleString('en'), limit: String(MAX_MARKDOWN_NESTING) },
      ),
    );
  const { body, metadata, warnings } = readFrontMatter(text);
  const blocks: DocumentBlock[] = [];
  const captions: BlockCaption[] = [];
  let title: string | null = typeof metadata.title === 'string' ? metadata.title : null;

  const add = (kind: DocumentBlock['kind'], raw: string) => {
    const clean = collapseWhitespace(raw);
    if (clean) blocks.push({ kind, text: clean });
  };
  const visit = (token: Token) => {
    switch (token.type) {
      case 'heading': {
        const heading = collapseWhitespace(plain(token.tokens, token.text));
        // The first top-level heading is the title when the front matter gives none.
        if (token.depth === 1 && title === null && blocks.length === 0) title = heading;
        else if (!(title && blocks.length === 0 && heading === title)) add('heading', heading);
        return;
      }
      case 'paragraph': {
        const images = (token.tokens ?? []).filter((t) => t.type === 'image') as Tokens.Image[];
        const words = collapseWhitespace(plain(token.tokens, token.text));
        if (images.length && !words) {
          for (const image of images) {
            captions.push({
              text: image.title ?? '',
              credit: '',
              alt: image.text,
              before: blocks.length,
            });
          }
          return;
        }
        return add('paragraph', words);
      }
      case 'list':
        return (token as Tokens.List).items.forEach((item) => {
          const nested = item.tokens.filter((t) => t.type === 'list');
          add('paragraph', plain(item.tokens.filter((t) => t.type !== 'list')));
          nested.forEach(visit);
        });
      case 'blockquote':
        return (token as Tokens.Blockquote).tokens.forEach(visit);
      case 'code':
        return add('paragraph', token.text);
      case 'table': {
        const table = token as Tokens.Table;
        return table.rows.forEach((row) =>
          add('paragraph', row.map((cell) => plain(cell.tokens)).join(' · ')),
        );
      }
      case 'text':
        return add('paragraph', plain(token.tokens, token.text));
      default:
        return; // html, hr, space: no words of the article.
    }
  };
  new Lexer({ gfm: true }).lex(body).forEach(visit);
  return { title, blocks, captions, comments: [], signature: null, metadata, warnings };
}
