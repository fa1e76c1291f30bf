import type { HighlightView } from '../../../shared/api/types';
import type { PushedEntities } from '../../../shared/api/pushedEntities';
import type { ChangeSet } from '../../../shared/history/libraryChanges';
import type { SourceRecord } from '../../../shared/model/source';
import type { ArchiveState } from '../archive/archiveState';
import type { DescribeChanges } from '../archive/changeFeed';
import { highlightSignatures, type SignatureCheck } from '../sync/signatureCheck';
import { toHighlightView } from './tagViews';

/** Past this many sources a change set goes out as ids: the window reads what it shows. */
const SENT_SOURCES_AT_MOST = 20;

type Reading = Pick<ArchiveState, 'files' | 'store' | 'texts'>;

/**
 * A source's highlights as the window draws them: placed in its text as it is now. `text` when
 * the caller has read it already; null when it cannot be read, which orphans nothing.
 */
export async function sourceHighlightViews(
  state: Reading,
  source: SourceRecord,
  text?: string | null,
  signed?: SignatureCheck,
): Promise<HighlightView[]> {
  const placedIn = text === undefined ? await state.texts.get(source) : text;
  const check = signed ?? (await highlightSignatures(state.files.dir));
  return state.store.highlightsOf(source.id).map((h) => toHighlightView(h, placedIn, check));
}

/**
 * The highlights a change set changed, for the window to draw as sent: each such source's whole
 * list and every theme's count. Nothing to send when no highlight changed, or when too many
 * sources did (an import of a project): the ids then say what to read.
 */
export function describeHighlightChanges(state: Reading): DescribeChanges {
  return (set: ChangeSet) => {
    if (!set.highlights) return null;
    const ids = set.sourceIds.filter((id) => !set.detailIds.includes(id));
    if (ids.length > SENT_SOURCES_AT_MOST) return null;
    // Counted now, with the change: a later change sends its own.
    const themeCounts = Object.fromEntries(state.store.themeUseCounts());
    const sources = ids.flatMap((id) => state.store.sourceById(id) ?? []);
    // The writers' keys are read once for the set, not once per source.
    return highlightSignatures(state.files.dir)
      .then((signed) =>
        Promise.all(
          sources.map(async (source) => ({
            sourceId: source.id,
            list: await sourceHighlightViews(state, source, undefined, signed),
          })),
        ),
      )
      .then((highlights): PushedEntities => ({ highlights, themeCounts }));
  };
}
