import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WindowLanguageSelect } from '../i18n/WindowLanguageSelect';
import './welcome.css';

export function Welcome({ onImport, codebook }: { onImport: () => void; codebook?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="pane reader welcome" aria-label={t('Reader')}>
      <div className="welcome-card">
        <h1>{t('Welcome to Dossier')}</h1>
        <p>
          {t(
            'Bring in the articles you are researching. Dossier keeps them offline, splits them into passages, and finds any of them again, however a name is spelled.',
          )}
        </p>
        <button type="button" className="primary" onClick={onImport}>
          {t('Import files…')}
        </button>
        <div className="drop-zone" role="region" aria-label={t('Drop files here to import')}>
          {t(
            'or drop files anywhere in this window, or paste a page copied in your browser (Ctrl+V)',
          )}
        </div>
        {codebook}
        <WindowLanguageSelect />
      </div>
    </main>
  );
}
