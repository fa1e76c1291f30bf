import { basename } from 'node:path';
import type { ArchiveApi } from '../../../shared/api/contract';
import type { CodebookState } from '../../../shared/api/types';
import { tidyPhrase } from '../../../shared/rules/writerRules';
import { UsageError, type CliArgs } from './cliArgs';
import { describeCodebookImport } from './projectCommands';
import { editTheme } from './themeEditCommands';
import {
  CommandFailed,
  deliver,
  EXIT_OK,
  EXIT_USER,
  print,
  unwrap,
  readNamedFile,
  type CliIo,
} from './cliSupport';

const SUBCOMMANDS =
  'codebook add|rename|move|merge|remove THEME|export|import|start|packs|add-pack|rules|alias FROM TO|unalias FROM|outcome NAME [WORD…]|reset-outcomes|qualifiers|amounts add|remove|reset [PHRASE…]';

async function importCodebook(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const path = args.positionals[1];
  if (!path) throw new UsageError('codebook import needs a .csv or .qdc file.');
  const data = await readNamedFile(io.cwd, path);
  const report = unwrap(
    await api.importCodebook({
      name: basename(path),
      dataBase64: data.toString('base64'),
      replace: args.replace,
    }),
  );
  print(io, args, report, describeCodebookImport(basename(path), report).join('\n'));
  return EXIT_OK;
}

function describeRules(rules: CodebookState['rules']): string {
  return [
    ...(rules.unreadable ? [`rules.json cannot be read: ${rules.unreadable}`] : []),
    'Your names:',
    ...(rules.writerAliases.length
      ? rules.writerAliases.map((a) => `  ${a.from} is searched as ${a.to}`)
      : ['  (none)']),
    `Figure outcomes (${rules.figures.outcomesOwn ? 'yours' : 'Dossier’s own'}):`,
    ...rules.figures.outcomes.map((o) => `  ${o.outcome}: ${o.words.join(', ')}`),
    `Words kept with a number (${rules.figures.qualifiersOwn ? 'yours' : 'Dossier’s own'}):`,
    `  ${rules.figures.qualifiers.join(', ') || '(none)'}`,
    `Amounts without a single value (${rules.figures.vagueAmountsOwn ? 'yours' : 'Dossier’s own'}):`,
    `  ${rules.figures.vagueAmounts.join(', ') || '(none)'}`,
  ].join('\n');
}

/** codebook qualifiers|amounts add|remove|reset PHRASE…: one list of figure phrases changed. */
function phraseChange(
  figures: CodebookState['rules']['figures'],
  args: CliArgs,
): Parameters<ArchiveApi['setWriterRules']>[0] {
  const [sub, action] = args.positionals;
  const key = sub === 'qualifiers' ? 'qualifiers' : 'vagueAmounts';
  const phrases = args.positionals.slice(2).map(tidyPhrase);
  if (action === 'reset') return { [key]: null };
  if ((action !== 'add' && action !== 'remove') || !phrases.length)
    throw new UsageError(
      `codebook ${sub} takes add or remove and the phrases, or reset: codebook ${sub} add ${sub === 'qualifiers' ? '"upwards of"' : '"a handful"'}`,
    );
  const current = figures[key];
  if (action === 'add') return { [key]: [...current, ...phrases] };
  const missing = phrases.filter((p) => !current.includes(p));
  if (missing.length) throw new CommandFailed(`Not in the list: ${missing.join(', ')}.`, EXIT_USER);
  return { [key]: current.filter((p) => !phrases.includes(p)) };
}

/** dossier codebook rules | alias | unalias | outcome | reset-outcomes | qualifiers | amounts. */
async function writerRules(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const [sub, first, second] = args.positionals;
  const { rules } = unwrap(await api.codebookState({}));
  let change: Parameters<ArchiveApi['setWriterRules']>[0] | null = null;
  if (sub === 'alias') {
    if (!first || !second)
      throw new UsageError(
        'codebook alias needs a name and what to search it as: codebook alias Salisbury Harare',
      );
    change = { nameAliases: [...rules.writerAliases, { from: first, to: second }] };
  } else if (sub === 'unalias') {
    if (!first)
      throw new UsageError('codebook unalias needs the name to stop searching as another.');
    const kept = rules.writerAliases.filter((a) => a.from.toLowerCase() !== first.toLowerCase());
    if (kept.length === rules.writerAliases.length)
      throw new CommandFailed(`${first} is not one of your names.`, EXIT_USER);
    change = { nameAliases: kept };
  } else if (sub === 'outcome') {
    if (!first)
      throw new UsageError(
        'codebook outcome needs a name and its words: codebook outcome missing missing disappeared',
      );
    const words = args.positionals.slice(2);
    const others = rules.figures.outcomes.filter((o) => o.outcome !== first);
    const at = rules.figures.outcomes.findIndex((o) => o.outcome === first);
    if (!words.length && at < 0)
      throw new CommandFailed(`There is no outcome ${first}.`, EXIT_USER);
    const outcomes = words.length
      ? at < 0
        ? [...others, { outcome: first, words }]
        : rules.figures.outcomes.map((o) => (o.outcome === first ? { outcome: first, words } : o))
      : others;
    change = { outcomes };
  } else if (sub === 'reset-outcomes') change = { outcomes: null };
  else if (sub === 'qualifiers' || sub === 'amounts') change = phraseChange(rules.figures, args);
  const state = change ? unwrap(await api.setWriterRules(change)) : { rules };
  print(io, args, state.rules, describeRules(state.rules));
  return EXIT_OK;
}

/** dossier codebook …: start, read, write and extend the codebook. */
export async function codebook(api: ArchiveApi, args: CliArgs, io: CliIo): Promise<number> {
  const [sub, value] = args.positionals;
  switch (sub) {
    case 'export': {
      const format = args.format ?? 'csv';
      if (format !== 'csv' && format !== 'qdc')
        throw new UsageError('codebook export takes --format csv or qdc.');
      const file = unwrap(await api.exportCodebook({ format }));
      return deliver(io, args, file, `a codebook of ${file.count} themes`);
    }
    case 'import':
      return importCodebook(api, args, io);
    case 'start': {
      if (value !== 'general' && value !== 'empty')
        throw new UsageError('codebook start takes general (the four themes) or empty.');
      const history = unwrap(await api.startCodebook({ start: value }));
      print(io, args, history, `codebook started: ${value}`);
      return EXIT_OK;
    }
    case 'packs': {
      const state = unwrap(await api.codebookState({}));
      const text = state.packs
        .map((p) => `${p.id.padEnd(20)} ${p.added ? '(added) ' : ''}${p.name}: ${p.description}`)
        .join('\n');
      print(io, args, state.packs, text || 'No cue packs.');
      return EXIT_OK;
    }
    case 'add-pack': {
      if (!value) throw new UsageError('codebook add-pack needs a pack id (see codebook packs).');
      const history = unwrap(await api.addCuePack({ packId: value }));
      print(io, args, history, `added cue pack ${value}`);
      return EXIT_OK;
    }
    case 'add':
    case 'rename':
    case 'remove':
    case 'move':
    case 'merge':
      return editTheme(api, sub, args, io);
    case 'rules':
    case 'alias':
    case 'unalias':
    case 'outcome':
    case 'reset-outcomes':
    case 'qualifiers':
    case 'amounts':
      return writerRules(api, args, io);
    default:
      throw new UsageError(`Usage: dossier ${SUBCOMMANDS}`);
  }
}
