import type { ArchiveHandlers } from '../../../shared/api/contract';
import { commandLabel } from '../../../shared/history/commandLabels';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import type { CodebookState } from '../../../shared/api/types';
import { figureRulesInUse } from '../../../shared/brief/figureRuleSet';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import { nameRules, nameVariants, spellingRules } from '../../../shared/search/fold/foldingRules';
import { applyCodebook } from '../../../shared/themes/codebookImport';
import { addCuePack } from '../../../shared/themes/cuePackApply';
import { cuePacks } from '../../../shared/themes/cuePacks';
import { CUE_SYNTAX } from '../../../shared/themes/cueSyntax';
import { whyNoTheme } from '../../../shared/themes/whyNoTheme';
import { command, type ArchiveState } from '../archive/archiveState';
import { refiGuid } from '../interchange/refiGuid';
import { knownLocale } from '../cite/cslLocale';

export type CodebookHandlers = Pick<
  ArchiveHandlers,
  | 'codebookState'
  | 'startCodebook'
  | 'importCodebook'
  | 'exportCodebook'
  | 'addCuePack'
  | 'setWriterRules'
>;

// CSV and XML readers load with the first codebook file, not at start.
const codebookFiles = () => import('../../../shared/themes/codebookFiles');

/** A pack counts as added when every one of its cues is in the codebook. */
function packAdded(doc: LibraryDocument, packId: string): boolean {
  const pack = cuePacks.find((p) => p.id === packId)!;
  const cues = new Set(doc.themes.flatMap((t) => t.cues));
  return pack.themes.every((t) => t.cues.every((c) => cues.has(c)));
}

/** The library's citation locale after a change: given, checked; null, none; absent, as it was. */
function citationLocaleChange(
  given: string | null | undefined,
  current: string | undefined,
): { citationLocale?: string } {
  if (given === null) return {};
  const value = given === undefined ? current : knownLocale(given);
  return value ? { citationLocale: value } : {};
}

function codebookState(state: Pick<ArchiveState, 'store' | 'rules'>): CodebookState {
  const doc = state.store.doc;
  const own = state.rules.current;
  const figures = figureRulesInUse(own);
  return {
    // Once something is tagged the writer has started, with the themes there are.
    pending: doc.codebookPending === true && doc.highlights.length === 0,
    packs: cuePacks.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      added: packAdded(doc, p.id),
    })),
    rules: {
      cueSyntax: [...CUE_SYNTAX],
      folding: [
        ...spellingRules.map((r) => ({ merges: r.merges, examples: r.examples, names: false })),
        ...nameRules.map((r) => ({ merges: r.merges, examples: r.examples, names: true })),
      ],
      nameAliases: nameVariants.map(([from, to]) => ({ from, to })),
      writerAliases: own.nameAliases.map(({ from, to }) => ({ from, to })),
      figures: {
        qualifiers: [...figures.qualifiers],
        qualifiersOwn: own.qualifiers !== undefined,
        vagueAmounts: [...figures.vagueAmounts],
        vagueAmountsOwn: own.vagueAmounts !== undefined,
        outcomes: figures.outcomes.map((o) => ({ outcome: o.outcome, words: [...o.words] })),
        outcomesOwn: own.outcomes !== undefined,
      },
      ...(state.rules.unreadable ? { unreadable: state.rules.unreadable } : {}),
    },
  };
}

export function codebookHandlers(
  state: Pick<ArchiveState, 'store' | 'history' | 'rules'>,
): CodebookHandlers {
  const doc = () => state.store.doc;
  return {
    codebookState: async (): Promise<CodebookState> => codebookState(state),

    setWriterRules: async (change) => {
      const current = state.rules.current;
      // Each list: given, replaced; null, back to Dossier's own; absent, as it was.
      const list = <K extends 'outcomes' | 'qualifiers' | 'vagueAmounts'>(key: K) => {
        const value = change[key] === null ? undefined : (change[key] ?? current[key]);
        return value === undefined ? {} : { [key]: value };
      };
      await state.rules.save({
        nameAliases: change.nameAliases ?? current.nameAliases,
        ...list('outcomes'),
        ...list('qualifiers'),
        ...list('vagueAmounts'),
        ...citationLocaleChange(change.citationLocale, current.citationLocale),
      });
      return codebookState(state);
    },

    startCodebook: async ({ start }) => {
      const label = commandLabel(
        start === 'general' ? 'Start with the four general themes' : 'Start with an empty codebook',
      );
      const { history } = await command(state, label, (d) => {
        // An empty start removes the themes no highlight uses; a new library has none in use.
        const started = start === 'empty' ? applyCodebook(d, [], 'replace').doc : d;
        return { ...started, codebookPending: false };
      });
      return history;
    },

    importCodebook: async ({ name, dataBase64, replace }) => {
      const files = await codebookFiles();
      const text = Buffer.from(dataBase64, 'base64').toString('utf8');
      const isQdc = /\.qdc$/i.test(name) || /^\s*(<\?xml|<CodeBook)/.test(text);
      const read = isQdc ? files.codebookFromQdc(text) : files.codebookFromCsv(text);
      if (!read.themes.length)
        throw new ArchiveError(
          'INVALID_INPUT',
          errorWords('{{file}}: no theme could be read ({{why}}).', {
            file: name,
            why: whyNoTheme(read.setAside),
          }),
        );
      const result: { change?: ReturnType<typeof applyCodebook>['change'] } = {};
      if (replace) await state.store.backUp('codebook');
      const { history } = await command(
        state,
        commandLabel('Read codebook {{file}}', { file: name }),
        (d) => {
          const applied = applyCodebook(d, read.themes, replace ? 'replace' : 'merge');
          result.change = applied.change;
          return { ...applied.doc, codebookPending: false };
        },
      );
      return { ...result.change!, setAside: read.setAside, notes: read.notes, history };
    },

    exportCodebook: async ({ format }) => {
      const files = await codebookFiles();
      const themes = doc().themes;
      const body =
        format === 'csv'
          ? files.codebookToCsv(themes)
          : files.codebookToQdc(themes, (t) => refiGuid(doc(), 'theme', t.id), 'Dossier');
      return {
        fileName: `codebook.${format}`,
        mimeType: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/xml;charset=utf-8',
        dataBase64: Buffer.from(body).toString('base64'),
        count: themes.length,
      };
    },

    addCuePack: async ({ packId }) => {
      const pack = cuePacks.find((p) => p.id === packId);
      if (!pack)
        throw new ArchiveError(
          'NOT_FOUND',
          `No cue pack “${packId}”. There are: ${cuePacks.map((p) => p.id).join(', ')}.`,
        );
      return (
        await command(
          state,
          commandLabel('Add cue pack {{pack}}', { pack: pack.name }),
          (d) => addCuePack(d, pack).doc,
        )
      ).history;
    },
  };
}
