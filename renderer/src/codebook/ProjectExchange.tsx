import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { saveFile } from '../cite/saveFile';
import { StatusLine } from '../common/StatusLine';
import { useWriters } from '../sync/useWriters';
import { projectText } from '../i18n/wordingText';

/**
 * The whole library as a REFI-QDA project, for a colleague's QDA tool; read back by import. A
 * library two or more coders coded (a team's project taken in) leads to their agreement.
 */
export function ProjectExchange({
  version,
  onAgreement,
}: {
  version: number;
  onAgreement: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState<string | null>(null);
  const coders = Object.keys(useWriters(version)).length;
  const exportProject = async () => {
    setStatus(t('Writing the project…'));
    const result = await api.exportProject({});
    if (!result.ok) return setStatus(result.error.message);
    const { fileName, mimeType, dataBase64, count, warnings } = result.value;
    saveFile(fileName, mimeType, dataBase64);
    setStatus(
      `${t('Saved {{file}} with {{count}} highlights.', { file: fileName, count })}${(warnings ?? []).map((w) => ` ${projectText(w)}`).join('')}`,
    );
  };
  return (
    <section aria-label={t('Whole project')}>
      <h2>{t('Whole project')}</h2>
      <p>
        {t(
          'The library as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder: themes as codes, sources with their texts, highlights at their exact places, notes, collections and citation details. A .qdpx from a colleague comes in like any file: drop it on the window or choose it with Import….',
        )}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void exportProject()}>
          {t('Export project (.qdpx)')}
        </button>
        {coders > 1 && (
          <button type="button" onClick={onAgreement}>
            {t('Agreement between the {{count}} coders…', { count: coders })}
          </button>
        )}
      </div>
      <StatusLine text={status} />
    </section>
  );
}
