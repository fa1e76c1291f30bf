import { k } from '../i18n/catalogueKey';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../shared/api/syncTypes';
import { useApi } from '../api/ApiContext';
import { momentLabel } from '../common/dateLabels';

// Catalogue keys, shown through t().
export const COLLECTION: Record<SyncConflict['collection'], string> = {
  sources: k('Source'),
  themes: k('Theme'),
  highlights: k('Highlight'),
  sourceCollections: k('Collection'),
  briefs: k('Brief'),
  rules: k('Rules'),
};

const shown = (value: unknown) =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));

/**
 * The fields two writers set differently at once, each with every value kept: the writer picks
 * one, and the pick goes to every replica with the next sync.
 */
export function ConflictReview({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [conflicts, setConflicts] = useState<SyncConflict[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api
      .syncConflicts({})
      .then((r) => (r.ok ? setConflicts(r.value) : setError(r.error.message)));
  }, [api]);
  const keep = async (index: number, choice: number) => {
    const r = await api.resolveSyncConflict({ index, choice });
    if (r.ok) setConflicts(r.value);
    else setError(r.error.message);
  };
  return (
    <div className="conflict-review" role="dialog" aria-label={t('Review conflicts')}>
      <h2>{t('Review conflicts')}</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {conflicts?.length === 0 && <p className="muted">{t('No conflicting edits.')}</p>}
      <ol>
        {conflicts?.map((c, i) => (
          <li key={`${c.collection}/${c.id}/${c.field}`}>
            <p>
              {t(COLLECTION[c.collection])} “{c.label}”, <code>{c.field}</code>,{' '}
              {t('set two ways:')}
            </p>
            <ul>
              {c.values.map((value, v) => (
                <li key={v}>
                  <span className="conflict-value">{shown(value)}</span>
                  {c.setBy?.[v] && (
                    <span className="muted"> {t('by {{writer}}', { writer: c.setBy[v] })}</span>
                  )}
                  {c.setAt?.[v] && <span className="muted">, {momentLabel(c.setAt[v]!)}</span>}{' '}
                  <button type="button" onClick={() => void keep(i, v)}>
                    {t('Keep this')}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <button type="button" className="link" onClick={onClose}>
        {t('Close')}
      </button>
    </div>
  );
}
