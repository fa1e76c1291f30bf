import type { ArchiveApi } from '../../../shared/api/contract';
import type { ThemeView } from '../../../shared/api/types';
import { resolveTheme } from '../../../shared/model/themeTree';
import { UsageError, type CliArgs } from './cliArgs';
import { CommandFailed, EXIT_OK, EXIT_USER, print, unwrap, type CliIo } from './cliSupport';

/** The codebook's edits from the command line: what the Themes tab does in the window. */
export type ThemeEdit = 'add' | 'rename' | 'remove' | 'move' | 'merge';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A comma-separated list of cue words, as `--cues "strike, walkout"`. */
const cuesOf = (value: string) =>
  value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);

/** The fields --color, --description, --cues and --parent/--top set, those given only. */
function fieldsOf(args: CliArgs, all: ThemeView[]) {
  if (args.parent !== undefined && args.top)
    throw new UsageError('Give --parent THEME or --top, not both.');
  return {
    ...(args.color !== undefined ? { color: args.color } : {}),
    ...(args.description !== undefined ? { description: args.description } : {}),
    ...(args.cues !== undefined ? { cues: cuesOf(args.cues) } : {}),
    ...(args.parent !== undefined ? { parentId: resolveTheme(all, args.parent).id } : {}),
    ...(args.top ? { parentId: null } : {}),
  };
}

export async function editTheme(
  api: ArchiveApi,
  edit: ThemeEdit,
  args: CliArgs,
  io: CliIo,
): Promise<number> {
  const [, first, second] = args.positionals;
  const all = unwrap(await api.listThemes({}));
  const done = (value: unknown, line: string) => (print(io, args, value, line), EXIT_OK);
  switch (edit) {
    case 'add': {
      if (!first)
        throw new UsageError(
          'codebook add needs the theme’s name: codebook add "housing" [--parent THEME] [--color #rrggbb] [--description "…"] [--cues "eviction, rent strike"]',
        );
      const made = unwrap(await api.createTheme({ name: first, ...fieldsOf(args, all) }));
      return done(made, `added theme ${made.name} (${made.id})`);
    }
    case 'rename': {
      if (!first || !second)
        throw new UsageError(
          'codebook rename needs the theme and its new name: codebook rename clans kinship',
        );
      const theme = resolveTheme(all, first);
      const renamed = unwrap(
        await api.updateTheme({ id: theme.id, name: second, ...fieldsOf(args, all) }),
      );
      return done(renamed, `renamed theme ${theme.name} to ${renamed.name}`);
    }
    case 'move': {
      if (!first || (args.parent === undefined && !args.top))
        throw new UsageError(
          'codebook move needs the theme and where: codebook move strikes --parent labour, or --top',
        );
      const theme = resolveTheme(all, first);
      const moved = unwrap(await api.updateTheme({ id: theme.id, ...fieldsOf(args, all) }));
      const parent = all.find((t) => t.id === moved.parentId);
      return done(
        moved,
        `moved theme ${moved.name} ${parent ? `under ${parent.name}` : 'to the top'}`,
      );
    }
    case 'merge': {
      if (!first || !second)
        throw new UsageError(
          'codebook merge needs the theme to merge and the one it goes into: codebook merge kin clans',
        );
      const from = resolveTheme(all, first);
      const into = resolveTheme(all, second);
      const history = unwrap(await api.mergeThemes({ fromId: from.id, intoId: into.id }));
      return done(
        history,
        `merged theme ${from.name} into ${into.name}: its ${plural(from.highlightCount, 'highlight')} now tagged ${into.name}`,
      );
    }
    case 'remove': {
      if (!first) throw new UsageError('codebook remove needs the theme: codebook remove clans');
      const theme = resolveTheme(all, first);
      // A highlight tagged with this theme alone goes with it: never without the writer saying so.
      if (theme.highlightCount > 0 && !args.force)
        throw new CommandFailed(
          `${theme.name} tags ${plural(theme.highlightCount, 'highlight')}; those with no other theme would be removed with it. Merge it into another theme instead (codebook merge ${first} THEME), or remove it and them with --force.`,
          EXIT_USER,
        );
      const history = unwrap(await api.deleteTheme({ id: theme.id }));
      return done(
        history,
        `removed theme ${theme.name}${theme.highlightCount ? ` and its ${plural(theme.highlightCount, 'highlight')} that had no other theme` : ''}`,
      );
    }
  }
}
