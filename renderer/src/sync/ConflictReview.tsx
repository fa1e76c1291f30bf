import { useEffect, useState } from 'react';
import type { SyncConflict } from '../../../shared/api/syncTypes';
import { useApi } from '../api/ApiContext';
import { momentLabel } from '../common/dateLabels';

const COLLECTION: Record<SyncConflict['collection'], string> = {
  sources: 'Source',
  themes: 'Theme',
  highlights: 'Highlight',
  sourceCollections: 'Collection',
  briefs: 'Brief',
  rules: 'Rules',
};

const shown = (value: unknown) =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));

/**
 * The fields two writers set differently at once, each with every value kept: the writer picks
 * one, and the pick goes to every replica with the next sync.
 */
export function ConflictReview({ onClose }: { onClose: () => void }) {
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
    <div className="conflict-review" role="dialog" aria-label="Review conflicts">
      <h2>Review conflicts</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {conflicts?.length === 0 && <p className="muted">No conflicting edits.</p>}
      <ol>
        {conflicts?.map((c, i) => (
          <li key={`${c.collection}/${c.id}/${c.field}`}>
            <p>
              {COLLECTION[c.collection]} “{c.label}”, <code>{c.field}</code>, set two ways:
            </p>
            <ul>
              {c.values.map((value, k) => (
                <li key={k}>
                  <span className="conflict-value">{shown(value)}</span>
                  {c.setBy?.[k] && <span className="muted"> by {c.setBy[k]}</span>}
                  {c.setAt?.[k] && <span className="muted">, {momentLabel(c.setAt[k]!)}</span>}{' '}
                  <button type="button" onClick={() => void keep(i, k)}>
                    Keep this
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <button type="button" className="link" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
