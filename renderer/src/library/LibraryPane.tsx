import { useTranslation } from 'react-i18next';
import { WindowLanguageSelect } from '../i18n/WindowLanguageSelect';
import { BrowserPairing } from '../capture/BrowserPairing';
import { useMemo, useState, type ReactNode } from 'react';
import type { SourceSummary, ThemeView } from '../../../shared/api/types';
import { sortSources, type SourceOrder } from './sortSources';
import { SourceList } from './SourceList';
import { ThemeSelect } from '../codebook/ThemeSelect';
import './library.css';

interface Props {
  sources: SourceSummary[];
  themes: ThemeView[];
  themeFilter: string | null;
  onThemeFilter: (themeId: string | null) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The codebook, shown in the second tab. */
  codebook: ReactNode;
  /** A new library that has not chosen how its codebook starts: it has no themes to count yet. */
  codebookPending: boolean;
}

export function LibraryPane({
  sources,
  themes,
  themeFilter,
  onThemeFilter,
  selectedId,
  onSelect,
  codebook,
  codebookPending,
}: Props) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<SourceOrder>('title');
  const [tab, setTab] = useState<'sources' | 'themes'>('sources');
  const sorted = useMemo(() => sortSources(sources, order), [sources, order]);

  return (
    <nav className="pane library" aria-label={t('Library')}>
      <div className="tabs" role="tablist" aria-label={t('Library views')}>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'sources'}
          onClick={() => setTab('sources')}
        >
          {t('Sources')} <span className="count">{sources.length}</span>
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'themes'}
          onClick={() => setTab('themes')}
        >
          {t('Themes')} {!codebookPending && <span className="count">{themes.length}</span>}
        </button>
      </div>
      {tab === 'themes' ? (
        codebook
      ) : (
        <>
          <div className="library-controls">
            <label className="sort">
              {t('Sort by')}{' '}
              <select value={order} onChange={(e) => setOrder(e.target.value as SourceOrder)}>
                <option value="title">{t('Title')}</option>
                <option value="imported">{t('Newest import')}</option>
                <option value="passages">{t('Most passages')}</option>
              </select>
            </label>
            <div className="sort">
              <ThemeSelect
                label={`${t('Theme')} `}
                themes={themes}
                value={themeFilter ?? ''}
                none={t('Any')}
                onChange={(id) => onThemeFilter(id || null)}
              />
            </div>
          </div>
          <SourceList sources={sorted} selectedId={selectedId} onSelect={onSelect} />
          <BrowserPairing />
          <WindowLanguageSelect />
        </>
      )}
    </nav>
  );
}
