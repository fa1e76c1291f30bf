import type { ArchiveHandlers } from '../../../shared/api/contract';
import { commandLabel } from '../../../shared/history/commandLabels';
import { refreshedKey } from '../../../shared/cite/citationKeyLife';
import { keyOf } from '../../../shared/cite/citationKeys';
import { command, findSource, type ArchiveState } from '../archive/archiveState';
import { dated, recordKeyUse } from './keyUses';

export type KeyHandlers = Pick<ArchiveHandlers, 'refreshCitationKey' | 'noteKeyUse'>;

/** A source's citation key: refreshed from its details on request, pinned by a use. */
export function keyHandlers(
  state: Pick<ArchiveState, 'files' | 'store' | 'history' | 'now'>,
): KeyHandlers {
  return {
    refreshCitationKey: async ({ sourceId }) => {
      const source = findSource(state, sourceId);
      const { history } = await command(
        state,
        commandLabel('Refresh the key of “{{title}}”', { title: source.title }),
        (doc) => ({
          ...doc,
          sources: doc.sources.map((s) => (s.id === source.id ? refreshedKey(s, doc.sources) : s)),
        }),
      );
      return history;
    },

    noteKeyUse: async ({ sourceId, use }) => {
      const source = findSource(state, sourceId);
      const key = keyOf(source);
      if (use === 'copied' && key)
        await recordKeyUse(
          state,
          [source.id],
          dated(state, 'copied as [@{{key}}] on {{date}}', { key }),
        );
      return { key };
    },
  };
}
