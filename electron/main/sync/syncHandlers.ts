import type { ArchiveHandlers } from '../../../shared/api/contract';
import { ArchiveError } from '../../../shared/api/errors';
import { errorWords } from '../../../shared/api/errorWords';
import type { AgreementView } from '../../../shared/api/syncTypes';
import { themeAgreement } from '../../../shared/sync/agreement';
import { readWriterNames, readWriters } from './writersFile';
import type { ArchiveState } from '../archive/archiveState';
import type { SyncLoop } from './syncLoop';

export type SyncHandlers = Pick<
  ArchiveHandlers,
  'syncStatus' | 'syncConflicts' | 'resolveSyncConflict' | 'agreement'
>;

/** A passage's opening, cut at a word when it is long. */
function excerpt(text: string, max = 240): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

async function agreementView(
  state: Pick<ArchiveState, 'files' | 'store' | 'texts'>,
  first?: string,
  second?: string,
): Promise<AgreementView> {
  const doc = state.store.doc;
  const names = await readWriters(state.files.dir);
  const writers = Object.entries(names)
    .map(([key, w]) => ({
      key,
      name: w.name,
      highlights: doc.highlights.filter((h) => h.by === key).length,
    }))
    .sort((a, b) => b.highlights - a.highlights || a.name.localeCompare(b.name));
  const [a, b] = first && second ? [first, second] : writers.map((w) => w.key);
  if (!a || !b || !names[a] || !names[b])
    throw new ArchiveError(
      'NOT_FOUND',
      errorWords(
        'Agreement needs two writers in this library: a shared library’s, or the coders of a project taken in.',
      ),
    );
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const text = new Map<string, string>();
  const themes = [];
  for (const figures of themeAgreement(doc, a, b)) {
    const theme = doc.themes.find((t) => t.id === figures.themeId)!;
    const disagreements = [];
    for (const d of figures.disagreements) {
      const source = sources.get(d.sourceId)!;
      if (!text.has(source.id)) text.set(source.id, (await state.texts.get(source)) ?? '');
      const index = source.passages.findIndex((p) => p.id === d.passageId);
      const passage = source.passages[index]!;
      disagreements.push({
        sourceId: source.id,
        sourceTitle: source.title,
        passageId: d.passageId,
        number: index + 1,
        text: excerpt(text.get(source.id)!.slice(passage.start, passage.end)),
        by: names[d.codedBy === 'first' ? a : b]!.name,
      });
    }
    const { disagreements: _d, themeId, ...rest } = figures;
    themes.push({ themeId, name: theme.name, color: theme.color, ...rest, disagreements });
  }
  return { writers, first: a, second: b, themes };
}

// Automerge (WebAssembly) loads with the first look at a shared library's document.
const conflicts = () => import('./syncConflicts');

export function syncHandlers(state: ArchiveState, loop: SyncLoop | null): SyncHandlers {
  return {
    syncStatus: async () => {
      const status = loop?.current();
      if (status?.shared) return status;
      // Not shared: a project taken in may still name who coded what.
      return { shared: false, writers: await readWriterNames(state.files.dir) };
    },
    syncConflicts: async () => (await conflicts()).syncConflicts(state),
    // Never while a round of the window's sync runs: the round would save the document
    // without the writer's choice, and the conflict would come back.
    resolveSyncConflict: async ({ index, choice }) => {
      const { resolveConflict } = await conflicts();
      const settle = () => resolveConflict(state, index, choice);
      return loop ? loop.exclusive(settle) : settle();
    },
    agreement: async ({ first, second }) => agreementView(state, first, second),
  };
}
