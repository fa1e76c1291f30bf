import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/api/syncTypes';
import { useQuery } from '../api/useQuery';
import { useWindowEvents } from '../api/useWindowEvents';
import { ConflictReview } from './ConflictReview';
import { momentLabel } from '../common/dateLabels';
import './sync.css';

function label(t: TFunction, status: Extract<SyncStatus, { shared: true }>): string {
  const waiting = status.waiting ? t('{{count}} changes waiting', { count: status.waiting }) : '';
  const state =
    status.state === 'offline'
      ? `${t('Offline')}${waiting ? ` — ${waiting}` : ''}`
      : waiting || (status.state === 'synced' ? t('Synced') : t('Syncing…'));
  return status.reads ? `${state} · ${t('reading')}` : state;
}

/** The last round's removals in a few words: the one thing, or how many. */
function removedLabel(t: TFunction, what: string[]): string {
  return what.length === 1
    ? t('Removed: {{what}}', { what: what[0] })
    : t('{{count}} things removed', { count: what.length });
}

/** For a shared library: synced, N changes waiting, or offline. Nothing for one that is not. */
export function SyncBadge({
  version,
  onAgreement,
}: {
  version: number;
  /** Opens how far the writers' tagging agrees; offered once there are two writers. */
  onAgreement: () => void;
}) {
  const { t } = useTranslation();
  const [reviewing, setReviewing] = useState(false);
  // Asked again when the library changes (changes waiting) and when the service says the sync
  // moved (a round ended, went offline, found conflicts); never on a timer.
  const [asked, setAsked] = useState(0);
  useWindowEvents((event) => {
    if (event.kind === 'sync' || event.kind === 'reconnected') setAsked((n) => n + 1);
  });
  // A library one writer keeps alone has no changes waiting: its edits do not ask again.
  const [shared, setShared] = useState(false);
  const status: SyncStatus = useQuery('syncStatus', {}, asked + (shared ? version : 0), {
    keepWhileAsking: true,
  }).value ?? { shared: false, writers: {} };
  if (status.shared !== shared) setShared(status.shared);
  if (!status.shared) return null;
  const title =
    status.error ??
    (status.lastSynced
      ? t('Last in step with the server at {{time}}', {
          time: momentLabel(status.lastSynced, 'time'),
        })
      : t('Shared library'));
  return (
    <span className="sync-area">
      <span className={`sync-badge is-${status.state}`} role="status" title={title}>
        {label(t, status)}
      </span>
      {status.removed && (
        <span
          className="sync-removed"
          role="status"
          title={t(
            "Removed by another writer's sync at {{time}}: {{what}}. Undo takes it back; a backup holds the library as it was.",
            { time: momentLabel(status.removed.at, 'time'), what: status.removed.what.join('; ') },
          )}
        >
          {removedLabel(t, status.removed.what)}
        </span>
      )}
      {status.conflicts > 0 && (
        <button
          type="button"
          className="link sync-conflicts"
          // The name holds the words shown ("2 conflicts"), so a voice command that says them works.
          aria-label={t('Review {{count}} conflicts', { count: status.conflicts })}
          onClick={() => setReviewing((r) => !r)}
        >
          {t('{{count}} conflicts', { count: status.conflicts })}
        </button>
      )}
      {Object.keys(status.writers).length > 1 && (
        <button type="button" className="link" onClick={onAgreement}>
          {t('Agreement')}
        </button>
      )}
      {reviewing && <ConflictReview onClose={() => setReviewing(false)} />}
    </span>
  );
}
