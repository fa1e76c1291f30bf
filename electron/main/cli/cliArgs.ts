import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from './didYouMean';

export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  json: boolean;
  library: string | undefined;
  limit: number | undefined;
  theme: string[];
  themes: string[];
  sources: string[];
  collection: string | undefined;
  order: string | undefined;
  title: string | undefined;
  type: string[];
  quote: string | undefined;
  note: string | undefined;
  style: string | undefined;
  locale: string | undefined;
  form: string | undefined;
  format: string | undefined;
  locator: string | undefined;
  passage: string | undefined;
  out: string | undefined;
  writer: string | undefined;
  host: string | undefined;
  port: string | undefined;
  data: string | undefined;
  watch: boolean;
  unwatch: string | undefined;
  help: boolean;
  repair: boolean;
  list: boolean;
  replace: boolean;
  /** reread: numbers of left-out lines to put back (as show lists them). */
  putBack: string[];
  putBackAll: boolean;
  /** codebook add|rename|move: a theme's fields. */
  color: string | undefined;
  description: string | undefined;
  cues: string | undefined;
  parent: string | undefined;
  top: boolean;
  /** codebook remove: remove a theme that tags highlights, and those it alone tags. */
  force: boolean;
  /** key: replace a source's key with the one its details make now. */
  refresh: boolean;
}

export class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  library: { type: 'string' },
  limit: { type: 'string' },
  theme: { type: 'string', multiple: true },
  themes: { type: 'string', multiple: true },
  sources: { type: 'string', multiple: true },
  collection: { type: 'string' },
  order: { type: 'string' },
  title: { type: 'string' },
  type: { type: 'string', multiple: true },
  quote: { type: 'string' },
  note: { type: 'string' },
  style: { type: 'string' },
  locale: { type: 'string' },
  form: { type: 'string' },
  format: { type: 'string' },
  locator: { type: 'string' },
  passage: { type: 'string' },
  out: { type: 'string' },
  writer: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  data: { type: 'string' },
  watch: { type: 'boolean', default: false },
  unwatch: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  repair: { type: 'boolean', default: false },
  list: { type: 'boolean', default: false },
  replace: { type: 'boolean', default: false },
  'put-back': { type: 'string', multiple: true },
  'put-back-all': { type: 'boolean', default: false },
  color: { type: 'string' },
  description: { type: 'string' },
  cues: { type: 'string' },
  parent: { type: 'string' },
  top: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  refresh: { type: 'boolean', default: false },
} satisfies ParseArgsConfig['options'];

/** What Node's argument parser says, in the words the rest of the CLI uses. */
function plainUsageError(error: Error & { code?: string }): UsageError {
  const option = /'(-{1,2}[^'\s]+)/.exec(error.message)?.[1];
  const known = Object.keys(OPTIONS).map((name) => `--${name}`);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
    return new UsageError(
      `There is no option ${option}.${didYouMean(option, known)} Run dossier --help for the options.`,
    );
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return new UsageError(
      error.message.includes('argument missing')
        ? `${option} needs a value, as in ${option} VALUE.`
        : `${option} takes no value.`,
    );
  return new UsageError(error.message);
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw plainUsageError(error as Error);
  }
  const { values, positionals } = parsed;
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new UsageError('--limit takes a whole number from 1 to 500.');
    }
  }
  return {
    command: positionals[0],
    positionals: positionals.slice(1),
    json: values.json ?? false,
    library: values.library,
    limit,
    theme: values.theme ?? [],
    themes: values.themes ?? [],
    sources: values.sources ?? [],
    collection: values.collection,
    order: values.order,
    title: values.title,
    type: values.type ?? [],
    quote: values.quote,
    note: values.note,
    style: values.style,
    locale: values.locale,
    form: values.form,
    format: values.format,
    locator: values.locator,
    passage: values.passage,
    out: values.out,
    writer: values.writer,
    host: values.host,
    port: values.port,
    data: values.data,
    watch: values.watch ?? false,
    unwatch: values.unwatch,
    help: values.help ?? false,
    repair: values.repair ?? false,
    list: values.list ?? false,
    replace: values.replace ?? false,
    putBack: values['put-back'] ?? [],
    putBackAll: values['put-back-all'] ?? false,
    color: values.color,
    description: values.description,
    cues: values.cues,
    parent: values.parent,
    top: values.top ?? false,
    force: values.force ?? false,
    refresh: values.refresh ?? false,
  };
}

export const USAGE = `Usage: dossier <command> [options]

Commands:
  import <paths…> [--theme NAME]
                      import text files (or every file in a folder), .bib/.ris/CSL-JSON
                      details, REFI-QDA projects (.qdpx) and codebooks (.qdc), and
                      highlights from Kindle (My Clippings.txt), Hypothesis (.json) and
                      Readwise (.csv), tagged NAME ("Imported highlights" if none)
  export --format qdpx|qdc --out FILE [--writer NAME] [--title NAME]
                      the library as a REFI-QDA project (for NVivo, ATLAS.ti, MAXQDA,
                      QualCoder), or its codebook alone
  list                list the sources in the library
  show <id>           show one source with its passages and the lines import left out
  key <id> [--refresh]
                      a source's citation key, where it was used, and the key its details
                      make now; --refresh takes that one (a used key stays until refreshed)
  reread <id> [--put-back N …] [--put-back-all]
                      read a source's kept original again with the importer as it is now,
                      putting back left-out lines (numbered as show lists them); says which
                      highlights a citation now numbers differently
  search <query>      search passages, titles, authors and sites; understands
                      "a phrase", -word, type:…, source:…, theme:…, date:2022-01
  themes              list the codebook's themes with their highlight counts
  tag <id> --quote "…" --theme T [--note "…"]
                      highlight a quote of a source with one or more themes
  render DRAFT.md|DRAFT.docx [--style S] [--format md|html|docx] [--out FILE]
                      a Markdown draft with its Pandoc citations ([@key, p. 3], @key, [-@key])
                      made in the style (footnotes in a note style: real Word footnotes in
                      docx) and its bibliography; a Word draft's typed markers are made in a
                      copy (--out), the rest of it unchanged
  codebook export [--format csv|qdc] [--out FILE]
                      the codebook as CSV or as a REFI-QDA codebook (.qdc)
  codebook import FILE [--replace]
                      read a .csv or .qdc codebook: merge it in, or replace the codebook
                      (themes highlights use are kept)
  codebook add NAME [--parent THEME] [--color #rrggbb] [--description "…"] [--cues "a, b"]
  codebook rename THEME NEW-NAME | move THEME --parent P|--top | merge THEME INTO
  codebook remove THEME [--force]
                      edit the codebook: a theme by its id or name; remove refuses a theme
                      that tags highlights unless --force (merge keeps them)
  codebook start general|empty
                      how a new library's codebook starts: the four general themes or none
  codebook packs | codebook add-pack ID
                      list the topic cue packs, or add one's cues to the codebook
  codebook rules | alias FROM TO | unalias FROM | outcome NAME [WORD…] | reset-outcomes
                      your own rules: names search treats as one (alias Salisbury Harare), and
                      the words that group a brief's figures (outcome missing missing vanished)
  codebook qualifiers|amounts add|remove|reset [PHRASE…]
                      the words kept with a figure's number (qualifiers add "upwards of"), and
                      the amounts without a single value (amounts add "a handful")
  passages --theme T  every passage tagged with a theme, grouped by source
  matrix              sources × themes, with counts
  cite <id> [--style S] [--form F] [--passage PID] [--locator "p. 12"] [--format text|html]
                      a citation: styles apa, chicago-note, chicago-author-date or FILE.csl;
                      forms bibliography, note, short-note, in-text
  bib [ids…] [--style S] [--format txt|md|html|rtf|docx|csl-json|bibtex|ris] [--out FILE]
                      a bibliography of the given sources, or of all (bibtex and ris too)
  bib --format bibtex|csl-json|ris --out FILE --watch [--collection NAME]
                      keep FILE up to date: rewritten whenever the library changes, in the
                      window or here; bib --watch alone lists the kept files,
                      bib --unwatch FILE stops keeping one
  brief --themes T1,T2 [--sources ID,… | --collection NAME] [--style S] [--order date|title|chosen]
        [--title "…"] [--format md|html|docx] [--out FILE]
                      a comparison brief: the sources side by side on the themes,
                      quoted and cited, with a figures table and a bibliography
  sync serve [--host 127.0.0.1] [--port N] [--data DIR]
                      run a sync server for shared libraries; prints ws://HOST:PORT
  sync share ws://HOST:PORT [--writer NAME]
                      make the library a shared one; prints its share code
  sync join ws://HOST:PORT CODE [--writer NAME]
                      make a new library a replica of a shared one
  sync | sync conflicts | sync resolve N K
                      sync once until the server agrees (what came and went); list the
                      fields two writers set differently; keep value K of conflict N
  sync agreement [WRITER WRITER]
                      per theme, how far two writers' tagging agrees (%, Cohen's κ,
                      Krippendorff's α over passages) and the passages where it differs
  capture pair | browsers | revoke ID
                      pair the Dossier browser extension (a one-time code to type in its
                      popup), list the paired browsers, or revoke one
  check [--repair]    what opening the library set aside (bad records, damaged journal lines),
                      missing texts, unused files; --repair restores texts from their originals
                      and moves unused files to orphaned/
  restore --list | <backup>
                      list the copies of library.json in backups/, or bring one back (the
                      library as it was is kept as a backup; it need not open)

Options:
  --json              print JSON instead of text
  --library DIR       the library folder (default: $DOSSIER_LIBRARY, else your Dossier library)
  --limit N           how many search hits to print (search; default 50)
  --type TYPE         search only sources of this type (search; repeatable)
  --theme THEME       a theme, by id or name (search, list, tag, passages; repeatable)
  --quote TEXT        the words to highlight (tag)
  --note TEXT         a note on the highlight (tag)
  --locale LANG       the language to cite in, a CSL locale such as de-DE or ru (cite, bib,
                      brief, render; default: the library's, else the style's own)
  -h, --help          show this help`;
