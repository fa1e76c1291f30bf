import type { ArchiveApi } from '../../../shared/api/contract';
import type { ThemeView } from '../../../shared/api/types';
import { resolveTheme } from '../../../shared/model/themeTree';
import type { Theme } from '../../../shared/model/theme';
import { findQuote } from '../../../shared/text/findQuote';
import { UsageError } from './cliArgs';
import { describeMatrix, describeThemePassages, describeThemes } from './themeOutput';
import { CommandFailed, EXIT_OK, EXIT_USER, print, unwrap, type Command } from './cliSupport';

async function themeIds(api: ArchiveApi, refs: string[]): Promise<ThemeView[]> {
  const themes = unwrap(await api.listThemes({}));
  try {
    return refs.map((ref) => resolveTheme(themes as Theme[], ref) as ThemeView);
  } catch (error) {
    throw new CommandFailed((error as Error).message, EXIT_USER);
  }
}

/**
 * Where a quote stands in a source (named by id or citation key): it must occur once, inside
 * one passage; quotation marks, dashes, case and spaces as the writer typed them.
 */
async function locateQuote(api: ArchiveApi, sourceRef: string, quote: string) {
  const source = unwrap(await api.getSource({ id: sourceRef }));
  const found = source.passages.flatMap((p) =>
    findQuote(p.text, quote).map(({ start, end }) => ({
      sourceId: source.id,
      start: p.start + start,
      end: p.start + end,
    })),
  );
  if (found.length === 0)
    throw new CommandFailed(
      `The quote is not in "${source.title}" (it must lie within one passage).`,
      EXIT_USER,
    );
  if (found.length > 1) {
    throw new CommandFailed(
      `The quote occurs ${found.length} times in "${source.title}": quote a few more words.`,
      EXIT_USER,
    );
  }
  return found[0]!;
}

export const themeCommands: Record<string, Command> = {
  themes: async (api, args, io) => {
    const themes = unwrap(await api.listThemes({}));
    print(io, args, themes, describeThemes(themes));
    return EXIT_OK;
  },

  tag: async (api, args, io) => {
    const sourceId = args.positionals[0];
    if (!sourceId)
      throw new UsageError('tag needs a source id or citation key (see dossier list).');
    if (!args.quote) throw new UsageError('tag needs --quote "the words to highlight".');
    if (args.theme.length === 0) throw new UsageError('tag needs at least one --theme.');
    const themes = await themeIds(api, args.theme);
    const at = await locateQuote(api, sourceId, args.quote);
    const highlight = unwrap(
      await api.createHighlight({
        ...at,
        themeIds: themes.map((t) => t.id),
        note: args.note,
      }),
    );
    print(
      io,
      args,
      highlight,
      `tagged     “${highlight.quote}” as ${themes.map((t) => t.name).join(', ')} (${highlight.id})`,
    );
    return EXIT_OK;
  },

  passages: async (api, args, io) => {
    if (args.theme.length !== 1) throw new UsageError('passages needs one --theme.');
    const [theme] = await themeIds(api, args.theme);
    const groups = unwrap(await api.themePassages({ themeId: theme!.id }));
    print(io, args, groups, describeThemePassages(theme!, groups));
    return EXIT_OK;
  },

  matrix: async (api, args, io) => {
    const matrix = unwrap(await api.themeMatrix({}));
    print(io, args, matrix, describeMatrix(matrix));
    return EXIT_OK;
  },
};
