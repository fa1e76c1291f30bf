import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoExport, AutoExportState } from '../../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { StatusLine } from '../common/StatusLine';

const FORMATS: Record<AutoExport['format'], string> = {
  bibtex: 'BibTeX (.bib)',
  'csl-json': 'CSL-JSON (.json)',
  ris: 'RIS (.ris)',
};

/**
 * Bibliography files Dossier keeps up to date on disk, for Pandoc, Zettlr or Obsidian to read:
 * the same list `dossier bib --watch` keeps. A file is rewritten whenever the library changes.
 */
export function KeptFiles({ collections }: { collections: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<AutoExportState | null>(null);
  const [path, setPath] = useState('');
  const [format, setFormat] = useState<AutoExport['format']>('bibtex');
  const [collectionId, setCollectionId] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void api
      .listAutoExports({})
      .then((r) => (r.ok ? setState(r.value) : setStatus(r.error.message)));
  }, [api]);

  const add = async () => {
    const r = await api.addAutoExport({
      path: path.trim(),
      format,
      ...(collectionId ? { collectionId } : {}),
    });
    if (!r.ok) return setStatus(r.error.message);
    setState(r.value);
    setPath('');
    setStatus(
      t('Wrote {{count}} entries; Dossier keeps the file up to date from now on.', {
        count: r.value.count,
      }),
    );
  };
  const remove = async (target: string) => {
    const r = await api.removeAutoExport({ path: target });
    if (!r.ok) return setStatus(r.error.message);
    setState(r.value);
    setStatus(
      t('No longer kept up to date: {{file}} (the file stays where it is).', { file: target }),
    );
  };
  const collectionName = (id?: string) =>
    id
      ? (collections.find((c) => c.id === id)?.name ?? t('a deleted collection'))
      : t('the library');

  return (
    <section className="kept-files" aria-label={t('Files kept up to date')}>
      <p className="muted">
        {t(
          'A .bib or CSL-JSON file Dossier rewrites whenever sources or their details change, for Pandoc, Zettlr or Obsidian to cite from.',
        )}
      </p>
      {state?.unreadable && (
        <p className="error" role="alert">
          {t('The list of kept files cannot be read: {{reason}}', { reason: state.unreadable })}
        </p>
      )}
      {state && state.exports.length > 0 && (
        <ul className="kept-list">
          {state.exports.map((e) => (
            <li key={e.path}>
              <code>{e.path}</code> —{' '}
              {t('{{format}} of {{what}}', {
                format: FORMATS[e.format],
                what: collectionName(e.collectionId),
              })}
              {e.failure && (
                <span className="error">
                  {' '}
                  — {t('not written: {{reason}}', { reason: e.failure })}
                </span>
              )}{' '}
              <button type="button" className="link" onClick={() => void remove(e.path)}>
                {t('Stop')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="bibliography-controls"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label className="grow">
          {t('File')}{' '}
          <input
            type="text"
            value={path}
            placeholder={t('/home/me/thesis/references.bib')}
            spellCheck={false}
            onChange={(e) => setPath(e.target.value)}
          />
        </label>
        <label>
          {t('Format')}{' '}
          <select
            value={format}
            onChange={(e) => setFormat(e.target.value as AutoExport['format'])}
          >
            {Object.entries(FORMATS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Of')}{' '}
          <select value={collectionId} onChange={(e) => setCollectionId(e.target.value)}>
            <option value="">{t('the whole library')}</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!path.trim()}>
          {t('Keep up to date')}
        </button>
      </form>
      <StatusLine text={status} />
    </section>
  );
}
