import { k } from '../i18n/catalogueKey';
import { useTranslation } from 'react-i18next';
import { fieldList } from '../i18n/fieldNames';
import { missingFields } from '../../../shared/cite/missingFields';
import type { CslMetadata } from '../../../shared/model/source';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { useDelayedFlag } from '../common/useDelayedFlag';
import { copyAndSay, copyRich } from './copyRich';
import { StyleSelect } from './StyleSelect';
import { useStyles } from './StylesContext';
import { SafeHtml } from './SafeHtml';
import { saveFile as save } from './saveFile';
import { DraftRender } from './DraftRender';
import { KeptFiles } from './KeptFiles';
import './cite.css';

// Catalogue keys, shown through t().
export const EXPORTS = [
  ['docx', k('Word (.docx)')],
  ['rtf', k('Rich text (.rtf)')],
  ['html', k('Web page (.html)')],
  ['md', k('Markdown (.md)')],
  ['txt', k('Plain text (.txt)')],
  ['csl-json', k('CSL-JSON (.json)')],
  ['bibtex', k('BibTeX (.bib)')],
  ['ris', k('RIS (.ris)')],
] as const;

/** The bibliography of the library (or of the sources filtered by theme), in a chosen style. */
export function BibliographyView({
  sourceIds,
  version,
}: {
  sourceIds: string[] | null;
  version: number;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { style: entry, locale } = useStyles();
  const style = entry.id;
  const [said, setStatus] = useState<string | null>(null);
  const scope = sourceIds ? { sourceIds } : {};
  // While a newer one is formatted, the one shown stays, with a word that it loads.
  const made = useQuery(
    'bibliography',
    { ...scope, style, ...(locale ? { locale } : {}) },
    version,
    { keepWhileAsking: true },
  );
  const bibliography = made.value;
  const loading = made.pending || made.refreshing;
  const showLoading = useDelayedFlag(loading);
  const status = said ?? made.error;
  const collections = useQuery('listCollections', {}, version).value ?? [];

  const copyAll = async () => {
    if (!bibliography) return;
    const html = bibliography.entries.map((e) => `<p>${e.html}</p>`).join('');
    const text = bibliography.entries.map((e) => e.text).join('\n');
    setStatus(await copyAndSay(() => copyRich(html, text), t('Copied with formatting')));
  };

  const exportAs = async (format: (typeof EXPORTS)[number][0]) => {
    const result = await api.exportBibliography({ ...scope, style, format });
    if (!result.ok) return setStatus(result.error.message);
    save(result.value.fileName, result.value.mimeType, result.value.dataBase64);
    setStatus(t('Saved {{file}}', { file: result.value.fileName }));
  };

  return (
    <main className="pane reader bibliography-view" aria-label={t('Bibliography')}>
      <div className="reader-page">
        <h1 className="reader-title">{t('Bibliography')}</h1>
        <div className="bibliography-controls">
          <StyleSelect />
          <button type="button" onClick={() => void copyAll()}>
            {t('Copy all')}
          </button>
          <label>
            {t('Export as')}{' '}
            <select
              value=""
              onChange={(e) =>
                e.target.value && void exportAs(e.target.value as (typeof EXPORTS)[number][0])
              }
            >
              <option value="">{t('Choose a format…')}</option>
              {EXPORTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          </label>
          {status && (
            <span className="muted" role="status">
              {status}
            </span>
          )}
        </div>
        <div className="bibliography-tools">
          <DraftRender style={style} />
          <details className="kept-files-box">
            <summary>{t('Files kept up to date for Pandoc, Zettlr, Obsidian')}</summary>
            <KeptFiles collections={collections} />
          </details>
        </div>
        {showLoading && (
          <p className="muted loading" role="status" aria-busy="true">
            {t('Formatting the bibliography…')}
          </p>
        )}
        {!loading && bibliography?.entries.length === 0 && (
          <p className="muted">
            {t('No sources to list yet: import some, or choose another theme.')}
          </p>
        )}
        {bibliography?.entries.map((entry) => {
          const missing = missingFields(entry.csl as CslMetadata);
          return (
            <div key={entry.sourceId} className="bib-item">
              <p className={bibliography.hangingIndent ? 'bib-entry hanging' : 'bib-entry'}>
                <SafeHtml html={entry.html} />
              </p>
              {missing.length > 0 && (
                // Said beside the entry, before it is copied or exported: not only in the inspector.
                <p className="bib-missing" role="note">
                  {t('Missing for a full citation: {{fields}}', {
                    fields: fieldList(t, missing),
                  })}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </main>
  );
}
