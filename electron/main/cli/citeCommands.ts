import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArchiveApi } from '../../../shared/api/contract';
import {
  builtinStyleNames,
  citationForms,
  type BuiltinStyle,
  type CitationForm,
} from '../../../shared/cite/citationStyles';
import {
  bibliographyAs,
  bibliographyFormats,
  type BibliographyFormat,
} from '../../../shared/cite/bibliographyOutput';
import { bibliographyDocx } from '../cite/bibliographyDocx';
import { UsageError, type CliArgs } from './cliArgs';
import { EXIT_OK, print, unwrap, type CliIo, type Command } from './cliSupport';

type StyleArg = BuiltinStyle | { cslXml: string };

/** --style apa|chicago-note|chicago-author-date, or the path of a .csl file. */
async function styleOf(args: CliArgs, io: CliIo): Promise<StyleArg> {
  const style = args.style ?? 'apa';
  if ((builtinStyleNames as string[]).includes(style)) return style as BuiltinStyle;
  if (!style.endsWith('.csl')) {
    throw new UsageError(
      `--style is ${builtinStyleNames.join(', ')} or the path of a .csl file, not "${style}".`,
    );
  }
  try {
    return { cslXml: await readFile(resolve(io.cwd, style), 'utf8') };
  } catch {
    throw new UsageError(`The style file ${style} cannot be read.`);
  }
}

async function cite(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const sourceId = args.positionals[0];
  if (!sourceId) throw new UsageError('cite needs a source id (see dossier list).');
  const form = (args.form ?? 'bibliography') as CitationForm;
  if (!citationForms.includes(form))
    throw new UsageError(`--form is one of ${citationForms.join(', ')}.`);
  const citation = unwrap(
    await api.cite({
      sourceId,
      style: await styleOf(args, io),
      form,
      ...(args.passage ? { passageId: args.passage } : {}),
      ...(args.locator ? { locator: args.locator } : {}),
    }),
  );
  const text = args.format === 'html' ? citation.html : citation.text;
  print(
    io,
    args,
    citation,
    citation.missing.length
      ? `${text}\n(missing for a full citation: ${citation.missing.join(', ')})`
      : text,
  );
  return EXIT_OK;
}

async function bib(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const format = args.format ?? 'txt';
  const textFormat = (bibliographyFormats as readonly string[]).includes(format);
  if (!textFormat && format !== 'docx') {
    throw new UsageError(`--format is one of ${[...bibliographyFormats, 'docx'].join(', ')}.`);
  }
  if (format === 'docx' && !args.out)
    throw new UsageError('A DOCX bibliography needs --out FILE.docx.');
  const ids = args.positionals.length ? args.positionals : undefined;
  const bibliography = unwrap(
    await api.bibliography({ ...(ids ? { sourceIds: ids } : {}), style: await styleOf(args, io) }),
  );
  const output = textFormat
    ? bibliographyAs(format as BibliographyFormat, bibliography)
    : await bibliographyDocx(bibliography);
  if (args.out) {
    await writeFile(resolve(io.cwd, args.out), output);
    io.out(`wrote ${bibliography.entries.length} entries to ${args.out}`);
  } else io.out(String(output));
  return EXIT_OK;
}

export const citeCommands: Record<string, Command> = { cite, bib };
