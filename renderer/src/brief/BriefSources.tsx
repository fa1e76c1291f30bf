import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { SourceSummary } from '../../../shared/api/types';
import type { SourceCollection } from '../../../shared/model/sourceCollection';
import { whereAndWhen } from '../library/sourceLine';

export type SourceChoice =
  { kind: 'all' } | { kind: 'collection'; id: string } | { kind: 'chosen'; ids: string[] };

interface Props {
  sources: SourceSummary[];
  collections: SourceCollection[];
  value: SourceChoice;
  onChange: (choice: SourceChoice) => void;
  onSaveCollection: (name: string, ids: string[]) => void;
}

/** Which sources a brief compares: all on its themes, a saved collection, or a selection. */
export function BriefSources({ sources, collections, value, onChange, onSaveCollection }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const articles = sources.filter((s) => !s.parent);
  const toggle = (ids: string[], id: string) =>
    ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
  return (
    <fieldset>
      <legend>{t('Sources')}</legend>
      <label className="check">
        <input
          type="radio"
          checked={value.kind === 'all'}
          onChange={() => onChange({ kind: 'all' })}
        />{' '}
        {t('Every source with a passage on these themes')}
      </label>
      {collections.length > 0 && (
        <label className="check">
          <input
            type="radio"
            checked={value.kind === 'collection'}
            onChange={() => onChange({ kind: 'collection', id: collections[0]!.id })}
          />{' '}
          {t('The collection')}{' '}
          <select
            aria-label={t('Collection')}
            value={value.kind === 'collection' ? value.id : ''}
            onChange={(e) => onChange({ kind: 'collection', id: e.target.value })}
          >
            {value.kind !== 'collection' && <option value="">…</option>}
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.sourceIds.length})
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="check">
        <input
          type="radio"
          checked={value.kind === 'chosen'}
          onChange={() => onChange({ kind: 'chosen', ids: [] })}
        />{' '}
        {t('Only these:')}
      </label>
      {value.kind === 'chosen' && (
        <>
          <div className="brief-sources">
            {articles.map((s) => (
              <label key={s.id} className="check brief-source">
                <input
                  type="checkbox"
                  checked={value.ids.includes(s.id)}
                  onChange={() => onChange({ kind: 'chosen', ids: toggle(value.ids, s.id) })}
                />
                <span className="brief-source-title">{s.title}</span>
                {(s.site || s.date) && (
                  <span className="muted brief-source-where">{whereAndWhen(s)}</span>
                )}
              </label>
            ))}
          </div>
          <form
            className="save-collection"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim() && value.ids.length) onSaveCollection(name.trim(), value.ids);
              setName('');
            }}
          >
            <input
              aria-label={t('Collection name')}
              placeholder={t('Name this selection')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" disabled={!name.trim() || value.ids.length === 0}>
              {t('Save as collection')}
            </button>
          </form>
        </>
      )}
    </fieldset>
  );
}
