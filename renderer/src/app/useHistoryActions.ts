import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useUndoKeys } from '../history/useUndoKeys';
import { wordingText } from '../i18n/wordingText';

/**
 * Undo and redo, from the toolbar or the keys, each saying what it undid or redid in the
 * window's language, with the names it carries as the writer wrote them.
 */
export function useHistoryActions(
  onNotice: (notice: string) => void,
  onError: (message: string) => void,
) {
  const { t } = useTranslation();
  const api = useApi();
  const history = useCallback(
    async (direction: 'undo' | 'redo') => {
      const result = await (direction === 'undo' ? api.undo({}) : api.redo({}));
      if (!result.ok) return onError(result.error.message);
      const done = result.value.doneCommand;
      if (!done) return;
      const what = wordingText(done);
      onNotice(
        direction === 'undo' ? t('Undid: {{what}}', { what }) : t('Redid: {{what}}', { what }),
      );
    },
    [api, t, onNotice, onError],
  );
  useUndoKeys(
    () => void history('undo'),
    () => void history('redo'),
  );
  return history;
}
