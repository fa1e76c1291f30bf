import type { ArchiveApi } from '../../../shared/api/contract';
import { localeOf, styleOf } from './citeCommands';
import { UsageError, type CliArgs } from './cliArgs';
import { deliver, unwrap, type CliIo, type Command } from './cliSupport';

const FORMATS = ['md', 'html', 'docx'] as const;
const ORDERS = ['date', 'title', 'chosen'] as const;

/** "a,b" and repeated flags alike, as a list. */
const listOf = (values: string[]) =>
  values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** A saved collection by its id or its name (in any case). */
async function collectionNamed(api: ArchiveApi, ref: string): Promise<string> {
  const collections = unwrap(await api.listCollections({}));
  const found =
    collections.find((c) => c.id === ref) ??
    collections.find((c) => c.name.toLowerCase() === ref.toLowerCase());
  if (!found) {
    throw new UsageError(
      `No collection named “${ref}”.${collections.length ? ` The library has: ${collections.map((c) => c.name).join(', ')}.` : ' The library has none yet.'}`,
    );
  }
  return found.id;
}

async function brief(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const themeIds = listOf([...args.themes, ...args.theme]);
  if (!themeIds.length)
    throw new UsageError('brief needs --themes, e.g. --themes casualties,foreign-involvement.');
  const format = (args.format ?? 'md') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format is one of ${FORMATS.join(', ')}.`);
  if (format === 'docx' && !args.out) throw new UsageError('A DOCX brief needs --out FILE.docx.');
  const order = (args.order ??
    (args.sources.length || args.collection ? 'chosen' : 'date')) as (typeof ORDERS)[number];
  if (!ORDERS.includes(order)) throw new UsageError(`--order is one of ${ORDERS.join(', ')}.`);
  const chosen = await styleOf(args, io);
  // A brief names its style, so a .csl file is added to the library first.
  const style =
    typeof chosen === 'string'
      ? chosen
      : unwrap(await api.addStyle({ fileName: args.style ?? 'style.csl', cslXml: chosen.cslXml }))
          .id;
  const sourceIds = listOf([...args.sources, ...args.positionals]);
  const collectionId = args.collection ? await collectionNamed(api, args.collection) : undefined;
  const file = unwrap(
    await api.exportBrief({
      ...localeOf(args),
      themeIds,
      ...(sourceIds.length ? { sourceIds } : {}),
      ...(collectionId ? { collectionId } : {}),
      style,
      order,
      ...(args.title ? { title: args.title } : {}),
      format,
    }),
  );
  return deliver(
    io,
    args,
    file,
    `a brief of ${file.count} quoted passage${file.count === 1 ? '' : 's'}`,
  );
}

export const briefCommands: Record<string, Command> = { brief };
