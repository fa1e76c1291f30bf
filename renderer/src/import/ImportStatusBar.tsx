import type { ImportStatus } from './useImportFiles';

export function ImportStatusBar({
  status,
  onDismiss,
}: {
  status: ImportStatus;
  onDismiss: () => void;
}) {
  const problems = status.outcomes.filter((o) => o.status !== 'imported');
  return (
    <div className="status-bar" role="status" aria-live="polite">
      {status.message && (
        <>
          <span>{status.message}</span>
          {problems.length > 0 && (
            <ul className="status-details">
              {problems.map((o, i) => (
                <li key={i}>
                  {o.status === 'failed'
                    ? o.reason
                    : `${o.file} is already in the library as “${o.title}”.`}
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
