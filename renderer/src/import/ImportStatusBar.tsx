import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../shared/api/types';
import { describeOutcome } from './importBatch';
import type { ImportStatus } from './useImportFiles';
import './import.css';

/**
 * The batch's progress while it runs, with Cancel; then one line of what came in. A file that
 * failed is named at once, and so is a single note; several notes (comments found, furniture
 * removed) wait behind "Show", so the bar stays a line or two tall over the writer's work.
 */
export function ImportStatusBar({
  status,
  onCancel,
  onDismiss,
}: {
  status: ImportStatus;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const worthSaying = status.outcomes.filter(
    (o) => o.status !== 'imported' || o.warnings?.length || o.commentIds?.length,
  );
  const failed = worthSaying.filter((o) => o.status === 'failed');
  const notes = worthSaying.filter((o) => o.status !== 'failed');
  // One note is one line: said at once. Several wait behind "Show".
  const folded = notes.length > 1 && !open;
  const shown = folded ? failed : [...failed, ...notes];
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
                aria-label={t('Import progress')}
              />
              <button type="button" className="link" onClick={onCancel}>
                {t('Cancel')}
              </button>
            </>
          )}
          {notes.length > 1 && (
            <button
              type="button"
              className="link"
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {open ? t('Hide notes') : t('Show {{count}} notes', { count: notes.length })}
            </button>
          )}
          {!status.busy && (
            <button
              type="button"
              className="link"
              onClick={onDismiss}
              aria-label={t('Dismiss import results')}
            >
              {t('Dismiss')}
            </button>
          )}
          {shown.length > 0 && <OutcomeList outcomes={shown} />}
        </>
      )}
    </div>
  );
}

function OutcomeList({ outcomes }: { outcomes: ImportOutcome[] }) {
  const { t } = useTranslation();
  return (
    <ul className="status-details" aria-label={t('Import results')}>
      {outcomes.map((o, i) => (
        <li key={i} className={`outcome-${o.status}`}>
          {describeOutcome(o)}
        </li>
      ))}
    </ul>
  );
}
