import type { TFunction } from 'i18next';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookImportReport, CodebookState } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { saveFile } from '../cite/saveFile';
import { ProjectExchange } from './ProjectExchange';
import { CodebookFileInput } from './CodebookFileInput';
import { CodebookRules, type RulesChange } from './CodebookRules';
import { CodebookStart } from './CodebookStart';
import { useCodebookActions } from './useCodebookActions';
import { codebookText } from '../i18n/wordingText';
import './codebook.css';

interface Props {
  version: number;
  onError: (message: string) => void;
  /** Opens the agreement between the library's coders. */
  onAgreement: () => void;
}

function describeReport(t: TFunction, name: string, r: CodebookImportReport): string[] {
  return [
    r.removed.length
      ? t('Read {{name}}: {{added}} added, {{updated}} updated, {{removed}} removed ({{which}}).', {
          name,
          added: r.added.length,
          updated: r.updated.length,
          removed: r.removed.length,
          which: r.removed.join(', '),
        })
      : t('Read {{name}}: {{added}} added, {{updated}} updated.', {
          name,
          added: r.added.length,
          updated: r.updated.length,
        }),
    ...(r.kept.length
      ? [t('Kept because highlights use them: {{themes}}.', { themes: r.kept.join(', ') })]
      : []),
    ...r.setAside.map((s) =>
      t('Not read: {{where}}: {{reason}}.', {
        where: codebookText(s.where),
        reason: codebookText(s.reason),
      }),
    ),
    ...r.notes.map(codebookText),
  ];
}

/** The codebook as a whole: how it started, cue packs, its files, and the rules it runs. */
export function CodebookView({ version, onError, onAgreement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const read = useQuery('codebookState', {}, version, { onError }).value;
  // The rules' answer, shown until the library next changes (rules are not a library change).
  const [ruled, setRuled] = useState<{ version: number; state: CodebookState } | null>(null);
  const state = ruled?.version === version ? ruled.state : read;
  const [report, setReport] = useState<string[] | null>(null);
  const [replace, setReplace] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const showReport = useCallback(
    (name: string, r: CodebookImportReport) => setReport(describeReport(t, name, r)),
    [t],
  );
  const { start, readFile } = useCodebookActions(onError, showReport);

  const exportAs = async (format: 'csv' | 'qdc') => {
    const result = await api.exportCodebook({ format });
    if (!result.ok) return onError(result.error.message);
    saveFile(result.value.fileName, result.value.mimeType, result.value.dataBase64);
  };

  const changeRules = async (change: RulesChange) => {
    const result = await api.setWriterRules(change);
    if (!result.ok) {
      onError(result.error.message);
      return false;
    }
    setRuled({ version, state: result.value });
    return true;
  };

  if (!state)
    return (
      <main className="pane reader codebook-view" aria-label={t('Codebook')}>
        <p className="loading" role="status">
          {t('Loading the codebook…')}
        </p>
      </main>
    );
  return (
    <main className="pane reader codebook-view" aria-label={t('Codebook')}>
      <h1>{t('Codebook')}</h1>
      {state.pending && (
        <CodebookStart
          onGeneral={() => void start('general')}
          onEmpty={() => void start('empty')}
          onFile={(file) => void readFile(file, true)}
        />
      )}
      {report && (
        <div className="codebook-report" role="status">
          {report.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <section aria-label={t('Codebook files')}>
        <h2>{t('Files')}</h2>
        <p>
          {t(
            'Share the codebook with a colleague or a QDA tool (NVivo, ATLAS.ti, MAXQDA, QualCoder), or read one in. Cue words travel in each theme’s description in a .qdc file.',
          )}
        </p>
        <div className="button-row">
          <button type="button" onClick={() => void exportAs('csv')}>
            {t('Export as CSV')}
          </button>
          <button type="button" onClick={() => void exportAs('qdc')}>
            {t('Export as REFI-QDA (.qdc)')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('Read a codebook file…')}
          </button>
          <label className="inline-check">
            <input
              type="checkbox"
              checked={replace}
              onChange={(e) => setReplace(e.target.checked)}
            />
            {t('Replace the codebook (themes with highlights are kept)')}
          </label>
        </div>
        <CodebookFileInput
          ref={fileInput}
          label={t('Choose a codebook file to read')}
          onFile={(file) => void readFile(file, replace)}
        />
      </section>
      <ProjectExchange version={version} onAgreement={onAgreement} />
      <section aria-label={t('Cue packs')}>
        <h2>{t('Topic cue packs')}</h2>
        <p>
          {t('Cue words for one story, added to the themes they fit. Every cue stays editable.')}
        </p>
        <ul className="pack-list">
          {state.packs.map((pack) => (
            <li key={pack.id}>
              <div>
                <strong>{t(pack.name)}</strong>
                <p>{t(pack.description)}</p>
              </div>
              <button
                type="button"
                disabled={pack.added}
                onClick={() =>
                  void api
                    .addCuePack({ packId: pack.id })
                    .then((r) => !r.ok && onError(r.error.message))
                }
              >
                {pack.added ? t('Added') : t('Add cues')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <CodebookRules rules={state.rules} onChange={changeRules} />
    </main>
  );
}
