import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/useQuery';
import { recordText } from '../i18n/wordingText';
import { k } from '../i18n/catalogueKey';
import type { SetAsideRecord } from '../../../shared/model/libraryRecords';

/** Where a record set aside was kept, as the writer knows it. */
const COLLECTION_NAMES: Record<SetAsideRecord['collection'], string> = {
  sources: k('sources'),
  themes: k('themes'),
  highlights: k('highlights'),
  dismissedSuggestions: k('dismissed suggestions'),
  briefs: k('briefs'),
  sourceCollections: k('collections'),
  library: k('the library itself'),
};

/** What opening the library set aside or repaired, said once at the top of the window. */
export function HealthBanner() {
  const { t } = useTranslation();
  // Read once: what opening the library found does not change while it is open.
  const health = useQuery('libraryHealth', {}, 0).value;
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  if (!health || dismissed) return null;
  const collectionName = (collection: string) => {
    const name = (COLLECTION_NAMES as Record<string, string | undefined>)[collection];
    return name ? t(name) : collection;
  };
  const lost = health.journalDamage.length + (health.journalTorn ? 1 : 0);
  const aside = health.setAside.length;
  if (aside === 0 && lost === 0) return null;
  const parts = [
    aside
      ? t('{{count}} records could not be read and were set aside in quarantine/', {
          count: aside,
        })
      : '',
    lost ? t('{{count}} recent changes could not be replayed', { count: lost }) : '',
  ].filter(Boolean);

  return (
    <div className="health-bar" role="region" aria-label={t('Library needs attention')}>
      <p>
        {t('This library needs attention: {{parts}}. The rest opened as usual.', {
          parts: parts.join('; '),
        })}{' '}
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('Hide details') : t('Show details')}
        </button>{' '}
        <button type="button" className="link" onClick={() => setDismissed(true)}>
          {t('Dismiss')}
        </button>
      </p>
      {open && (
        <ul aria-label={t('What was set aside')}>
          {health.setAside.map((a) => (
            <li key={a.file}>
              {a.title
                ? `“${a.title}”`
                : a.id
                  ? a.id
                  : t('a record of {{collection}}', {
                      collection: collectionName(a.collection),
                    })}{' '}
              ({collectionName(a.collection)}): {recordText(a.reason)}. {t('Kept in')}{' '}
              <code>{a.file}</code>.
            </li>
          ))}
          {health.journalDamage.map((d) => (
            <li key={`journal-${d.line}`}>
              {t('Change on line {{line}} of library.journal: {{reason}}.', {
                line: d.line,
                reason: recordText(d.reason),
              })}{' '}
              {t('Kept in')} <code>library.journal.damaged</code>.
            </li>
          ))}
          {health.journalTorn && (
            <li>{t('The last change before a crash was cut short and is lost.')}</li>
          )}
          <li className="muted">
            <code>dossier check --library …</code> {t('checks the whole library;')}{' '}
            <code>dossier restore --list</code> {t('shows the backups.')}
          </li>
        </ul>
      )}
    </div>
  );
}
