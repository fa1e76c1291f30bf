import { useEffect, useState } from 'react';
import type { LibraryHealth } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';

/** What opening the library set aside or repaired, said once at the top of the window. */
export function HealthBanner() {
  const api = useApi();
  const [health, setHealth] = useState<LibraryHealth | null>(null);
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    void api.libraryHealth({}).then((r) => r.ok && setHealth(r.value));
  }, [api]);

  if (!health || dismissed) return null;
  const lost = health.journalDamage.length + (health.journalTorn ? 1 : 0);
  const aside = health.setAside.length;
  if (aside === 0 && lost === 0) return null;
  const parts = [
    aside
      ? `${aside} record${aside === 1 ? '' : 's'} could not be read and ${aside === 1 ? 'was' : 'were'} set aside in quarantine/`
      : '',
    lost ? `${lost} recent change${lost === 1 ? '' : 's'} could not be replayed` : '',
  ].filter(Boolean);

  return (
    <div className="health-bar" role="region" aria-label="Library needs attention">
      <p>
        This library needs attention: {parts.join('; ')}. The rest opened as usual.{' '}
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide details' : 'Show details'}
        </button>{' '}
        <button type="button" className="link" onClick={() => setDismissed(true)}>
          Dismiss
        </button>
      </p>
      {open && (
        <ul aria-label="What was set aside">
          {health.setAside.map((a) => (
            <li key={a.file}>
              {a.title ? `“${a.title}”` : a.id ? a.id : `a ${a.collection} record`} ({a.collection}
              ): {a.reason}. Kept in <code>{a.file}</code>.
            </li>
          ))}
          {health.journalDamage.map((d) => (
            <li key={`journal-${d.line}`}>
              Change on line {d.line} of library.journal: {d.reason}. Kept in{' '}
              <code>library.journal.damaged</code>.
            </li>
          ))}
          {health.journalTorn && <li>The last change before a crash was cut short and is lost.</li>}
          <li className="muted">
            <code>dossier check --library …</code> checks the whole library;{' '}
            <code>dossier restore --list</code> shows the backups.
          </li>
        </ul>
      )}
    </div>
  );
}
