import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/api/syncTypes';
import { useApi } from '../api/ApiContext';
import { useWindowEvents } from '../api/useWindowEvents';
import { ConflictReview } from './ConflictReview';
import { momentLabel } from '../common/dateLabels';

function label(status: Extract<SyncStatus, { shared: true }>): string {
  const waiting = status.waiting
    ? `${status.waiting} change${status.waiting === 1 ? '' : 's'} waiting`
    : '';
  const state =
    status.state === 'offline'
      ? `Offline${waiting ? ` — ${waiting}` : ''}`
      : waiting || (status.state === 'synced' ? 'Synced' : 'Syncing…');
  return status.reads ? `${state} · reading` : state;
}

/** The last round's removals in a few words: the one thing, or how many. */
function removedLabel(what: string[]): string {
  return what.length === 1 ? `Removed: ${what[0]}` : `${what.length} things removed`;
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
  const api = useApi();
  const [status, setStatus] = useState<SyncStatus>({ shared: false, writers: {} });
  const [reviewing, setReviewing] = useState(false);
  // Asked again when the library changes (changes waiting) and when the service says the sync
  // moved (a round ended, went offline, found conflicts); never on a timer.
  const [asked, setAsked] = useState(0);
  useWindowEvents((event) => {
    if (event.kind === 'sync' || event.kind === 'reconnected') setAsked((n) => n + 1);
  });
  useEffect(() => {
    let live = true;
    void api.syncStatus({}).then((r) => {
      if (live && r.ok) setStatus(r.value);
    });
    return () => {
      live = false;
    };
  }, [api, version, asked]);
  if (!status.shared) return null;
  const title =
    status.error ??
    (status.lastSynced
      ? `Last in step with the server at ${momentLabel(status.lastSynced, 'time')}`
      : 'Shared library');
  return (
    <span className="sync-area">
      <span className={`sync-badge is-${status.state}`} role="status" title={title}>
        {label(status)}
      </span>
      {status.removed && (
        <span
          className="sync-removed"
          role="status"
          title={`Removed by another writer's sync at ${momentLabel(status.removed.at, 'time')}: ${status.removed.what.join('; ')}. Undo takes it back; a backup holds the library as it was.`}
        >
          {removedLabel(status.removed.what)}
        </span>
      )}
      {status.conflicts > 0 && (
        <button
          type="button"
          className="link sync-conflicts"
          // The name holds the words shown ("2 conflicts"), so a voice command that says them works.
          aria-label={`Review ${conflictCount(status.conflicts)}`}
          onClick={() => setReviewing((r) => !r)}
        >
          {conflictCount(status.conflicts)}
        </button>
      )}
      {Object.keys(status.writers).length > 1 && (
        <button type="button" className="link" onClick={onAgreement}>
          Agreement
        </button>
      )}
      {reviewing && <ConflictReview onClose={() => setReviewing(false)} />}
    </span>
  );
}

const conflictCount = (n: number) => `${n} conflict${n === 1 ? '' : 's'}`;
