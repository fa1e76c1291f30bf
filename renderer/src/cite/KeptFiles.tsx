import { useEffect, useState } from 'react';
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
    setStatus(`Wrote ${r.value.count} entries; Dossier keeps the file up to date from now on.`);
  };
  const remove = async (target: string) => {
    const r = await api.removeAutoExport({ path: target });
    if (!r.ok) return setStatus(r.error.message);
    setState(r.value);
    setStatus(`No longer kept up to date: ${target} (the file stays where it is).`);
  };
  const collectionName = (id?: string) =>
    id ? (collections.find((c) => c.id === id)?.name ?? 'a deleted collection') : 'the library';

  return (
    <section className="kept-files" aria-label="Files kept up to date">
      <p className="muted">
        A .bib or CSL-JSON file Dossier rewrites whenever sources or their details change, for
        Pandoc, Zettlr or Obsidian to cite from.
      </p>
      {state?.unreadable && (
        <p className="error" role="alert">
          The list of kept files cannot be read: {state.unreadable}
        </p>
      )}
      {state && state.exports.length > 0 && (
        <ul className="kept-list">
          {state.exports.map((e) => (
            <li key={e.path}>
              <code>{e.path}</code> — {FORMATS[e.format]} of {collectionName(e.collectionId)}
              {e.failure && <span className="error"> — not written: {e.failure}</span>}{' '}
              <button type="button" className="link" onClick={() => void remove(e.path)}>
                Stop
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
          File{' '}
          <input
            type="text"
            value={path}
            placeholder="/home/me/thesis/references.bib"
            spellCheck={false}
            onChange={(e) => setPath(e.target.value)}
          />
        </label>
        <label>
          Format{' '}
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
          Of{' '}
          <select value={collectionId} onChange={(e) => setCollectionId(e.target.value)}>
            <option value="">the whole library</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!path.trim()}>
          Keep up to date
        </button>
      </form>
      <StatusLine text={status} />
    </section>
  );
}
