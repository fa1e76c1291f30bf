import { useTranslation } from 'react-i18next';
import type { BriefView as Brief } from '../../../shared/api/types';
import { fieldList } from '../i18n/fieldNames';

/** How many lacking citations are listed before the rest fold away. */
const MISSING_SHOWN = 3;

/**
 * Citations that still lack details, said before the brief is sent anywhere, beside it: not only
 * in the inspector. A few are listed; the rest fold, so fifty sources do not push the brief
 * itself below the window.
 */
export function MissingDetails({ brief }: { brief: Brief }) {
  const { t } = useTranslation();
  const lacking = brief.bibliography.filter((e) => e.missing.length);
  if (!lacking.length) return null;
  const line = (e: (typeof lacking)[number]) => (
    <li key={e.html}>
      {e.title}: {fieldList(t, e.missing)}
    </li>
  );
  return (
    <div className="bib-missing brief-missing" role="note">
      <p>{t('Citations that still lack details ({{count}}):', { count: lacking.length })}</p>
      <ul>{lacking.slice(0, MISSING_SHOWN).map(line)}</ul>
      {lacking.length > MISSING_SHOWN && (
        <details>
          <summary>{t('{{count}} more', { count: lacking.length - MISSING_SHOWN })}</summary>
          <ul>{lacking.slice(MISSING_SHOWN).map(line)}</ul>
        </details>
      )}
    </div>
  );
}
