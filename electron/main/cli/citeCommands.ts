import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArchiveApi } from '../../../shared/api/contract';
import {
  builtinStyleNames,
  citationForms,
  type CitationForm,
} from '../../../shared/cite/citationStyles';
import { bibliographyFormats } from '../../../shared/cite/bibliographyOutput';
import type { AutoExportState } from '../../../shared/api/types';
import { UsageError, type CliArgs } from './cliArgs';
import {
  deliver,
  EXIT_OK,
  print,
  readNamedFile,
  unwrap,
  type CliIo,
  type Command,
} from './cliSupport';

type StyleArg = string | { cslXml: string };

/** --style apa|chicago-note|chicago-author-date, a style added to the library, or a .csl path. */
export async function styleOf(args: CliArgs, io: CliIo): Promise<StyleArg> {
  const style = args.style ?? 'apa';
  if ((builtinStyleNames as string[]).includes(style) || /^added:[0-9a-f]{12}$/.test(style)) {
    return style;
  }
  if (!style.endsWith('.csl')) {
    throw new UsageError(
      `--style is ${builtinStyleNames.join(', ')}, a style added to the library (added:…), or the path of a .csl file, not "${style}".`,
    );
  }
  try {
    return { cslXml: await readFile(resolve(io.cwd, style), 'utf8') };
  } catch {
    throw new UsageError(`The style file ${style} cannot be read.`);
  }
}

/** --locale LANG, the CSL locale to cite in ("de-DE", "ru"); absent, the library's. */
export function localeOf(args: CliArgs): { locale?: string } {
  return args.locale ? { locale: args.locale } : {};
}

async function cite(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const sourceId = args.positionals[0];
  if (!sourceId) throw new UsageError('cite needs a source id (see dossier list).');
  const form = (args.form ?? 'bibliography') as CitationForm;
  if (!citationForms.includes(form))
    throw new UsageError(`--form is one of ${citationForms.join(', ')}.`);
  const citation = unwrap(
    await api.cite({
      ...localeOf(args),
      sourceId,
      style: await styleOf(args, io),
      form,
      ...(args.passage ? { passageId: args.passage } : {}),
      ...(args.locator ? { locator: args.locator } : {}),
    }),
  );
  print(io, args, citation, args.format === 'html' ? citation.html : citation.text);
  // On stderr, so `dossier cite … > note.txt` holds the citation alone; --json has `missing`.
  if (citation.missing.length && !args.json)
    io.err(`dossier: missing for a full citation: ${citation.missing.join(', ')}`);
  return EXIT_OK;
}

function describeKept(state: AutoExportState): string {
  const lines = state.exports.map(
    (e) =>
      `${e.path} (${e.format}${e.collectionId ? `, collection ${e.collectionId}` : ''})${e.failure ? `: not written: ${e.failure}` : ''}`,
  );
  if (state.unreadable) lines.push(`auto-exports.json cannot be read: ${state.unreadable}`);
  return lines.length ? lines.join('\n') : 'No files are kept up to date.';
}

/** bib --watch / --unwatch: bibliography files Dossier keeps up to date on disk. */
async function keptFiles(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  if (args.unwatch) {
    const state = unwrap(await api.removeAutoExport({ path: resolve(io.cwd, args.unwatch) }));
    print(io, args, state, `stopped keeping ${args.unwatch} up to date`);
    return EXIT_OK;
  }
  if (!args.out) {
    const state = unwrap(await api.listAutoExports({}));
    print(io, args, state, describeKept(state));
    return EXIT_OK;
  }
  const format = args.format ?? 'bibtex';
  if (format !== 'bibtex' && format !== 'csl-json' && format !== 'ris')
    throw new UsageError('A kept file is --format bibtex, csl-json or ris.');
  let collectionId: string | undefined;
  if (args.collection) {
    const collections = unwrap(await api.listCollections({}));
    const found = collections.find((c) => c.id === args.collection || c.name === args.collection);
    if (!found)
      throw new UsageError(`No collection ${args.collection} (see the Collections list).`);
    collectionId = found.id;
  }
  const state = unwrap(
    await api.addAutoExport({
      path: resolve(io.cwd, args.out),
      format,
      ...(collectionId ? { collectionId } : {}),
    }),
  );
  print(
    io,
    args,
    state,
    `wrote ${state.count} entries to ${args.out}; Dossier rewrites it whenever the library changes (dossier bib --unwatch ${args.out} stops that)`,
  );
  return EXIT_OK;
}

async function bib(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  if (args.watch || args.unwatch) return keptFiles(api, args, io);
  const formats = [...bibliographyFormats, 'bibtex', 'ris', 'docx'] as const;
  const format = (args.format ?? 'txt') as (typeof formats)[number];
  if (!formats.includes(format)) throw new UsageError(`--format is one of ${formats.join(', ')}.`);
  if (format === 'docx' && !args.out)
    throw new UsageError('A DOCX bibliography needs --out FILE.docx.');
  const ids = args.positionals.length ? args.positionals : undefined;
  const file = unwrap(
    await api.exportBibliography({
      ...localeOf(args),
      ...(ids ? { sourceIds: ids } : {}),
      style: await styleOf(args, io),
      format,
    }),
  );
  return deliver(io, args, file, `${file.count} entries`);
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Never dropped unseen: a key the library lacks stays in the text as written, and is named. */
function reportUnknown(io: CliIo, keys: string[]) {
  if (keys.length)
    io.err(`dossier: not in the library, left as written: ${keys.map((k) => `@${k}`).join(', ')}`);
}

const citationCount = (n: number) => `a draft with ${n} citation${n === 1 ? '' : 's'}`;

/** dossier render draft.docx: a copy of the Word draft with its citation markers made. */
async function renderWord(
  api: ArchiveApi,
  path: string,
  args: CliArgs,
  io: CliIo,
): Promise<number> {
  if (!args.out)
    throw new UsageError('A Word draft is rendered into a copy: give --out FILE.docx.');
  if (resolve(io.cwd, args.out) === resolve(io.cwd, path))
    throw new UsageError('--out must not be the draft itself: its markers would be lost.');
  const data = await readNamedFile(io.cwd, path);
  const result = unwrap(
    await api.renderWordDraft({
      ...localeOf(args),
      dataBase64: data.toString('base64'),
      style: await styleOf(args, io),
    }),
  );
  reportUnknown(io, result.unknownKeys);
  return deliver(
    io,
    args,
    {
      fileName: 'draft.docx',
      mimeType: DOCX,
      dataBase64: result.dataBase64,
      count: result.citations,
    },
    citationCount(result.citations),
  );
}

/** dossier render draft.md: the draft's Pandoc citations made, with their bibliography. */
async function render(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new UsageError('render needs a draft: dossier render draft.md (or draft.docx).');
  if (/\.docx$/i.test(path)) return renderWord(api, path, args, io);
  const format = args.format ?? 'md';
  if (format !== 'md' && format !== 'html' && format !== 'docx')
    throw new UsageError('render writes --format md, html or docx.');
  if (format === 'docx' && !args.out) throw new UsageError('A Word draft needs --out FILE.docx.');
  const markdown = (await readNamedFile(io.cwd, path)).toString('utf8');
  const result = unwrap(
    await api.renderDraft({
      ...localeOf(args),
      markdown,
      style: await styleOf(args, io),
      format,
      title: args.title ?? path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
    }),
  );
  reportUnknown(io, result.unknownKeys);
  const mimeTypes = { md: 'text/markdown', html: 'text/html', docx: DOCX };
  return deliver(
    io,
    args,
    {
      fileName: `draft.${format}`,
      mimeType: mimeTypes[format],
      dataBase64: result.dataBase64 ?? Buffer.from(result.text).toString('base64'),
      count: result.citations,
    },
    citationCount(result.citations),
  );
}

export const citeCommands: Record<string, Command> = { cite, bib, render };
