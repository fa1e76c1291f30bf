import { describeOutcome } from './importBatch';
import type { ImportStatus } from './useImportFiles';

/** The batch's progress while it runs, with Cancel; then a line per file that needs a word. */
export function ImportStatusBar({
  status,
  onCancel,
  onDismiss,
}: {
  status: ImportStatus;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const worthSaying = status.outcomes.filter(
    (o) => o.status !== 'imported' || o.warnings?.length || o.commentIds?.length,
  );
  return (
    <div className="status-bar" role="status" aria-live="polite">
      {status.message && (
        <>
          <span>{status.message}</span>
          {status.busy && (
            <>
              <progress
                className="import-progress"
                max={status.total}
                value={status.done}
                aria-label="Import progress"
              />
              <button type="button" className="link" onClick={onCancel}>
                Cancel
              </button>
            </>
          )}
          {worthSaying.length > 0 && (
            <ul className="status-details" aria-label="Import results">
              {worthSaying.map((o, i) => (
                <li key={i} className={`outcome-${o.status}`}>
                  {describeOutcome(o)}
                </li>
              ))}
            </ul>
          )}
          {!status.busy && (
            <button
              type="button"
              className="link"
              onClick={onDismiss}
              aria-label="Dismiss import results"
            >
              Dismiss
            </button>
          )}
        </>
      )}
    </div>
  );
}
